package id.lentera.shared.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user. */
public class RevisionUser implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        ((Revision) revisionEntity).setUsername(authentication == null ? "system" : authentication.getName());
    }
}
