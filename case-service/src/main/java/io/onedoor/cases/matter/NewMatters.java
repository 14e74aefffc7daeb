package io.onedoor.cases.matter;

import io.onedoor.cases.pii.PersonalDataCipher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a matter just registered: its row and its parties in one statement, on the connection of
 * the transaction's session. Registration is the platform's busiest write, and Hibernate's persist
 * and flush of a new matter (cascading over its ten collections, nine of them empty, then a
 * second statement for the parties) was a fifth of case-service's CPU per registration under the
 * bench's load (JFR). The matter is read back through JPA like any other; {@code
 * MatterIntakeIntegrationTest} holds a registration's answer equal to its reading, with every
 * optional value given and with none.
 *
 * <p>Only a matter as {@link Matter#register} made it is written here; a matter resolved on the
 * spot carries its outcome and instalments and is handed to {@link Matters#save}.
 */
@Component
public class NewMatters {

    private static final String INSERT = """
            with matter_row as (
                insert into matter (id, code, status, channel, category_code, description, amount_fen,
                                    org_unit_code, place, occurred_on, registered_at, complexity,
                                    lead_department, response_due_at, closure_due_on, last_step_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0))
            insert into matter_party (matter_id, ordinal, kind, role, name, id_number_sealed, phone_sealed)
            select ?, party.ordinal - 1, party.kind, party.role, party.name, party.id_number, party.phone
            from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::text[])
                with ordinality as party (kind, role, name, id_number, phone, ordinal)""";

    @PersistenceContext
    private EntityManager entityManager;

    private final PersonalDataCipher cipher;
    private final Matters matters;

    NewMatters(PersonalDataCipher cipher, Matters matters) {
        this.cipher = cipher;
        this.matters = matters;
    }

    /**
     * Writes the matter registered in this transaction, at version 0: by one JDBC statement when
     * it is as {@link Matter#register} made it, through {@link Matters#save} when registration
     * took it further (resolved on the spot, with its outcome and instalments).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Matter matter) {
        if (!matter.asRegistered()) {
            matters.save(matter);
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> insert(connection, matter));
        matter.written();
    }

    private void insert(Connection connection, Matter matter) throws SQLException {
        List<Party> parties = matter.parties();
        int count = parties.size();
        String[] kinds = new String[count];
        String[] roles = new String[count];
        String[] names = new String[count];
        @Nullable String[] idNumbers = new String[count];
        @Nullable String[] phones = new String[count];
        for (int i = 0; i < count; i++) {
            Party party = parties.get(i);
            kinds[i] = party.kind().name();
            roles[i] = party.role().name();
            names[i] = party.name();
            idNumbers[i] =
                    party.idNumber().map(number -> cipher.seal(number.value())).orElse(null);
            phones[i] = party.phone().map(number -> cipher.seal(number.value())).orElse(null);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int i = 0;
            insert.setObject(++i, matter.id().value());
            insert.setString(++i, matter.code().value());
            insert.setString(++i, matter.status().name());
            insert.setString(++i, matter.channel().name());
            insert.setString(++i, matter.category().value());
            insert.setString(++i, matter.description());
            insert.setObject(++i, matter.amountFen().orElse(null), Types.BIGINT);
            insert.setString(++i, matter.orgUnit().value());
            insert.setString(++i, matter.place().orElse(null));
            insert.setObject(++i, matter.occurredOn().orElse(null), Types.DATE);
            insert.setObject(++i, timestamp(matter.registeredAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(++i, matter.complexity().name());
            insert.setString(++i, matter.leadDepartment().orElse(null));
            insert.setObject(
                    ++i, matter.responseDueAt().map(NewMatters::timestamp).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(++i, matter.closureDueOn().orElse(null), Types.DATE);
            insert.setObject(++i, timestamp(matter.registeredAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(++i, matter.id().value());
            insert.setArray(++i, connection.createArrayOf("varchar", kinds));
            insert.setArray(++i, connection.createArrayOf("varchar", roles));
            insert.setArray(++i, connection.createArrayOf("varchar", names));
            insert.setArray(++i, connection.createArrayOf("text", idNumbers));
            insert.setArray(++i, connection.createArrayOf("text", phones));
            insert.executeUpdate();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
