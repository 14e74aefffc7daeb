package io.onedoor.tenants.security;

import io.onedoor.api.identity.IdentityApi;
import io.onedoor.api.identity.model.Caller;
import io.onedoor.support.access.RequestCaller;
import java.util.ArrayList;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The caller as the verified token describes it. */
@RestController
class CallerController implements IdentityApi {

    @Override
    public ResponseEntity<Caller> whoAmI() {
        io.onedoor.support.access.Caller caller = RequestCaller.require();
        return ResponseEntity.ok(new Caller(
                        caller.subject(),
                        String.valueOf(caller.clientId()),
                        new ArrayList<>(new TreeSet<>(caller.roles())),
                        new ArrayList<>(new TreeSet<>(caller.scopes())))
                .tenant(caller.tenant())
                .province(caller.province())
                .orgUnit(caller.orgUnit())
                .department(caller.department()));
    }
}
