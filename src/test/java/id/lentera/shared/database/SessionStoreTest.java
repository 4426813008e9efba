package id.lentera.shared.database;

import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** Two requests of one session that add the same attribute at once both succeed; the last one wins. */
@IntegrationTest
class SessionStoreTest {

    @SuppressWarnings("rawtypes") // the JDBC repository's session type is not public
    @Autowired
    SessionRepository sessions;

    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsOfOneSessionAddingTheSameAttributeDoNotCollide() {
        Session created = sessions.createSession();
        created.setAttribute("existing", "ya");
        sessions.save(created);

        // each request loads the session, neither sees the other's new attribute
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());
        first.setAttribute("flash", "tersimpan");
        second.setAttribute("flash", "tersimpan lagi");
        sessions.save(first);
        sessions.save(second);

        assertThat((String) ((Session) sessions.findById(created.getId())).getAttribute("flash"))
                .isEqualTo("tersimpan lagi");
        sessions.deleteById(created.getId());
    }
}
