package org.hygie.platform.rest.internal;

import java.util.Optional;

import org.hygie.core.security.Authenticator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Puts an {@link AccessFilter} in front of every resource method of every area, with the rule its
 * contract declares. The rule is computed once per method when Jersey builds the application.
 * The authenticator may come and go with the auth bundle: without it, protected calls answer 503.
 */
@Component(service = DynamicFeature.class)
@JakartarsExtension
@JakartarsName("hygie.security")
public class SecurityFeature implements DynamicFeature {
    @Reference
    private CallerContext callers;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        AccessRule rule = AccessRule.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        context.register(new AccessFilter(rule, () -> Optional.ofNullable(authenticator), callers),
                Priorities.AUTHENTICATION);
    }
}
