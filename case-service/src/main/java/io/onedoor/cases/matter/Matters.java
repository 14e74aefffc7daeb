package io.onedoor.cases.matter;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** The matters of the tenant whose session is open. */
public interface Matters extends Repository<Matter, MatterId> {

    Matter save(Matter matter);

    /** Writes the steps taken so far in this transaction (bumping the matter's version). */
    void flush();

    // The parts every step reads; the others are read in batches when the matter is shown
    // (Matter.whole()), rather than multiplying this query's rows by each of them.
    @EntityGraph(attributePaths = {"parties", "assignments"})
    Optional<Matter> findById(MatterId id);
}
