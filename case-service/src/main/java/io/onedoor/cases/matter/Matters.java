package io.onedoor.cases.matter;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** The matters of the tenant whose session is open. */
public interface Matters extends Repository<Matter, MatterId> {

    Matter save(Matter matter);

    /** Writes the steps taken so far in this transaction (bumping the matter's version). */
    void flush();

    @EntityGraph(attributePaths = {"parties", "assignments", "whistles", "locks", "locks.keys", "jointMeetings"})
    Optional<Matter> findById(MatterId id);
}
