package io.onedoor.tenants.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByLogin(String login);

    Optional<Account> findByIdAndTenantCode(UUID id, String tenantCode);

    boolean existsByLogin(String login);

    @Query("select a from Account a where a.tenantCode = :tenant and a.login > :after order by a.login")
    List<Account> findPage(String tenant, String after, Limit limit);

    /** The province's operators: people of no center holding OPERATOR. */
    @Query(
            "select a from Account a where a.tenantCode is null and a.provinceCode = :province and a.roleNames = 'OPERATOR'"
                    + " and a.login > :after order by a.login")
    List<Account> findOperatorPage(String province, String after, Limit limit);
}
