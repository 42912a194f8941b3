package org.hygie.core.workbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares an area's entry in the desktop workbench on the component that registers its view, as
 * service properties: its id, the key of its label, the permission a role needs to see it and its
 * place in the navigation. The workbench reads them from the service (see {@link Contribution}),
 * so an area writes only its view, toolkit-bound, and no code of its own about where it shows:
 *
 * <pre>
 * &#64;Component(service = ViewContribution.class)
 * &#64;WorkbenchContribution(id = "patients", label = "label", permission = Permissions.PATIENTS_READ, order = 10)
 * public class PatientsContribution implements ViewContribution { ... }
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WorkbenchContribution {
    /** Prefix of the service property names: {@code hygie.workbench.id} and so on. */
    String PREFIX_ = "hygie.workbench.";

    /** @return a stable id, unique in the workbench ({@code patients}, {@code users}) */
    String id();

    /**
     * @return the key of the label shown in the navigation, in the contributing bundle's
     *         {@code messages*.properties} next to the class registered as the service
     */
    String label();

    /**
     * @return the permission a role must hold to see the contribution (a
     *         {@link org.hygie.core.security.Permissions} constant), or empty when every logged-in
     *         user may see it
     */
    String permission() default "";

    /** @return the place in the navigation: lower first; ties in id order */
    int order() default Contribution.DEFAULT_ORDER;
}
