package io.onedoor.tenants.registry;

import io.onedoor.support.tenancy.TenantDirectoryEntry;
import io.onedoor.tenants.TenantStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TenantRepository extends JpaRepository<Tenant, String>, JpaSpecificationExecutor<Tenant> {

    boolean existsByDivisionCode(String divisionCode);

    @Query(
            "select t.code as code, t.status as status, t.version as version, t.provinceCode as provinceCode from Tenant t where t.code = :code")
    Optional<DirectoryRow> findDirectoryRow(String code);

    @Query(
            "select t.code as code, t.status as status, t.version as version, t.provinceCode as provinceCode from Tenant t order by t.code")
    List<DirectoryRow> findAllDirectoryRows();

    @Query("select t.code from Tenant t where t.provinceCode = :provinceCode and t.status in :statuses order by t.code")
    List<String> findCodesByProvinceCodeAndStatusIn(String provinceCode, java.util.Collection<TenantStatus> statuses);

    /** What the gateway's directory holds of a tenant. */
    interface DirectoryRow {
        String getCode();

        TenantStatus getStatus();

        Long getVersion();

        String getProvinceCode();

        default TenantDirectoryEntry entry() {
            return new TenantDirectoryEntry(getCode(), getStatus().inDirectory(), getVersion(), getProvinceCode());
        }
    }
}
