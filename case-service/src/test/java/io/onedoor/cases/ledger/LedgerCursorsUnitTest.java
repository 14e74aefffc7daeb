package io.onedoor.cases.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.support.tenancy.TenantCode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerCursorsUnitTest {

    final LedgerCursors cursors =
            new LedgerCursors(new CursorProperties("IiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiI="));
    final TenantCode altay = new TenantCode("xj-altay");
    final LedgerCursors.Position position =
            new LedgerCursors.Position(Instant.parse("2026-08-25T02:30:00.123456Z"), UUID.randomUUID());

    @Test
    void cursorLeadsBackToItsPosition() {
        assertThat(cursors.decode(altay, cursors.encode(altay, position))).isEqualTo(position);
    }

    @Test
    void cursorOfAnotherTenantOrSignedWithAnotherKeyIsRefused() {
        String cursor = cursors.encode(altay, position);
        var otherKey = new LedgerCursors(new CursorProperties("MzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM="));

        assertThatThrownBy(() -> cursors.decode(new TenantCode("xj-atushi"), cursor))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> otherKey.decode(altay, cursor)).isInstanceOf(InvalidCursorException.class);
    }
}
