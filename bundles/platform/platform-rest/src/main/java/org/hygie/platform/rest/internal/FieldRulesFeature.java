package org.hygie.platform.rest.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

import org.hygie.core.problem.FieldRules;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Checks the body of every resource method against the field rules declared on its input record
 * ({@link FieldRules}), once it is read and before the method runs: a body that breaks them is a
 * 422 listing the fields, and areas write no validation code. It runs after the access check, so a
 * caller who may not call the method learns nothing about its rules. An absent body (or JSON
 * {@code null}) is checked as a record of absent fields, so that it is refused with the fields it
 * misses, unless the record's fields are all optional.
 */
@Component(service = DynamicFeature.class)
@JakartarsExtension
@JakartarsName("hygie.field-rules")
public class FieldRulesFeature implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        entityType(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())
                .ifPresent(type -> context.register(new BodyRules(type), Priorities.USER));
    }

    /**
     * @return the type of the method's body parameter: the one without a JAX-RS annotation, on the
     *         method or on its declaration in the API interface (where the annotations usually are)
     */
    static Optional<Class<?>> entityType(Method method, Class<?> resourceClass) {
        if (method == null) {
            return Optional.empty();
        }
        Method[] declarations = AccessRule.declarations(method, resourceClass);
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            boolean bound = false;
            for (Method declaration : declarations) {
                for (Annotation a : declaration.getParameterAnnotations()[i]) {
                    bound |= a instanceof PathParam || a instanceof QueryParam || a instanceof HeaderParam
                            || a instanceof CookieParam || a instanceof MatrixParam || a instanceof FormParam
                            || a instanceof BeanParam || a instanceof Context || a instanceof Suspended;
                }
            }
            if (!bound) {
                return Optional.of(types[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * @return a record of the type with every component absent (null, or zero for a primitive),
     *         or null when the type is no record
     */
    static Object absent(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = zero(types[i]);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }

    /** One method's body check: when it is read, or before the method when there is none. */
    static final class BodyRules implements ReaderInterceptor, ContainerRequestFilter {
        private final Class<?> type;

        BodyRules(Class<?> type) {
            this.type = type;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!request.hasEntity()) {
                // Jersey reads no body and calls no reader interceptor: the check happens here.
                check(null);
            }
        }

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            Object entity = context.proceed();
            check(entity);
            return entity;
        }

        private void check(Object entity) {
            FieldRules.enforce(entity != null ? entity : absent(type));
        }
    }
}
