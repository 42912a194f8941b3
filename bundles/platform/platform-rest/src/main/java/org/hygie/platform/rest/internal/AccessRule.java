package org.hygie.platform.rest.internal;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.hygie.core.security.AllowedBeforePasswordChange;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Public;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Who may call one REST method, read from the contract: the annotations of the method where the
 * API interface declares it (the resource class implements that interface and repeats nothing),
 * then of the interface or class. A method with no rule at all is refused to everyone.
 */
record AccessRule(Kind kind, Set<String> permissions, boolean allowedBeforePasswordChange) {
    enum Kind {
        PUBLIC, AUTHENTICATED, PERMISSIONS, DENIED
    }

    static AccessRule of(Method method, Class<?> resourceClass) {
        for (Method declaration : declarations(method, resourceClass)) {
            Optional<AccessRule> rule = fromMethod(declaration);
            if (rule.isPresent()) {
                return rule.get();
            }
        }
        for (Method declaration : declarations(method, resourceClass)) {
            Optional<AccessRule> rule = fromType(declaration.getDeclaringClass(), declaration);
            if (rule.isPresent()) {
                return rule.get();
            }
        }
        return new AccessRule(Kind.DENIED, Set.of(), false);
    }

    /** @return whether the user passes this rule's permission check (authentication aside). */
    boolean permits(AuthenticatedUser user) {
        return switch (kind) {
            case PUBLIC, AUTHENTICATED -> true;
            case PERMISSIONS -> permissions.stream().anyMatch(user::can);
            case DENIED -> false;
        };
    }

    private static Optional<AccessRule> fromMethod(Method method) {
        boolean beforeChange = method.isAnnotationPresent(AllowedBeforePasswordChange.class);
        if (method.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(new AccessRule(Kind.DENIED, Set.of(), false));
        }
        if (method.isAnnotationPresent(Public.class)) {
            return Optional.of(new AccessRule(Kind.PUBLIC, Set.of(), true));
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Optional.of(new AccessRule(Kind.PERMISSIONS, Set.of(roles.value()), beforeChange));
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(new AccessRule(Kind.AUTHENTICATED, Set.of(), beforeChange));
        }
        return Optional.empty();
    }

    private static Optional<AccessRule> fromType(Class<?> type, Method method) {
        boolean beforeChange = method.isAnnotationPresent(AllowedBeforePasswordChange.class);
        if (type.isAnnotationPresent(Public.class)) {
            return Optional.of(new AccessRule(Kind.PUBLIC, Set.of(), true));
        }
        RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Optional.of(new AccessRule(Kind.PERMISSIONS, Set.of(roles.value()), beforeChange));
        }
        if (type.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(new AccessRule(Kind.AUTHENTICATED, Set.of(), beforeChange));
        }
        return Optional.empty();
    }

    /** The method itself, then the same method as declared by the class's interfaces. */
    static Method[] declarations(Method method, Class<?> resourceClass) {
        java.util.List<Method> found = new java.util.ArrayList<>();
        found.add(method);
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            collectInterfaceDeclarations(type, method, found);
        }
        collectInterfaceDeclarations(method.getDeclaringClass(), method, found);
        return found.stream().distinct().toArray(Method[]::new);
    }

    private static void collectInterfaceDeclarations(Class<?> type, Method method, java.util.List<Method> found) {
        for (Class<?> api : type.getInterfaces()) {
            Arrays.stream(api.getMethods())
                    .filter(m -> m.getName().equals(method.getName())
                            && Arrays.equals(m.getParameterTypes(), method.getParameterTypes()))
                    .forEach(found::add);
            collectInterfaceDeclarations(api, method, found);
        }
    }
}
