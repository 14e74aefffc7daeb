package io.onedoor.tenants.clients;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntegratorClientRepository extends JpaRepository<IntegratorClient, String> {

    @Query("select c from IntegratorClient c where c.tenantCode = :tenant and c.revokedAt is null order by c.createdAt")
    List<IntegratorClient> findActiveOfTenant(String tenant);

    @Query(
            "select c from IntegratorClient c where c.provinceCode = :province and c.tenantCode is null and c.revokedAt is null order by c.createdAt")
    List<IntegratorClient> findActiveOfProvince(String province);
}
