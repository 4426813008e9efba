package id.lentera.visit;

import id.lentera.casework.CaseEvents.CaseReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A reassigned case takes its planned visits to the new worker, in the reassignment's own
 * transaction, so that no agenda ever shows a visit of a case its worker no longer has.
 */
@Component
class VisitReassignment {

    private final HomeVisits visits;

    VisitReassignment(HomeVisits visits) {
        this.visits = visits;
    }

    @EventListener
    void on(CaseReassigned event) {
        visits.movePlanned(event.caseId(), event.toWorker());
    }
}
