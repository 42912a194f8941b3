package org.hygie.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.junit.jupiter.api.Test;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

class FieldRulesFeatureTest {
    record Input(@NotBlank String name, @Size(max = 3) String code, int count, boolean flag) {
    }

    record Optional(@Size(max = 3) String code) {
    }

    interface Api {
        @POST
        void create(Input input);

        @PUT
        @Path("{id}")
        void update(@PathParam("id") UUID id, @HeaderParam("X-Trace") String trace, Input input);

        @POST
        @Path("{id}/touch")
        void touch(@PathParam("id") UUID id, @QueryParam("at") String at);
    }

    static class Resource implements Api {
        @Override
        public void create(Input input) {
        }

        @Override
        public void update(UUID id, String trace, Input input) {
        }

        @Override
        public void touch(UUID id, String at) {
        }
    }

    @Test
    void entityType_shouldFindTheBodyByTheInterfacesAnnotations() throws Exception {
        assertThat(FieldRulesFeature.entityType(Resource.class.getMethod("create", Input.class), Resource.class))
                .contains(Input.class);
        assertThat(FieldRulesFeature.entityType(Resource.class.getMethod("update", UUID.class, String.class,
                Input.class), Resource.class)).contains(Input.class);
        assertThat(FieldRulesFeature.entityType(Resource.class.getMethod("touch", UUID.class, String.class),
                Resource.class)).isEmpty();
    }

    @Test
    void absent_shouldBeARecordOfAbsentFields() {
        assertThat(FieldRulesFeature.absent(Input.class)).isEqualTo(new Input(null, null, 0, false));
        assertThat(FieldRulesFeature.absent(String.class)).isNull();
    }

    @Test
    void bodyRules_shouldRefuseABodyBreakingTheRulesAndAnAbsentOneMissingRequiredFields() {
        FieldRulesFeature.BodyRules rules = new FieldRulesFeature.BodyRules(Input.class);
        HygieException bad = catchThrowableOfType(HygieException.class,
                () -> rules.aroundReadFrom(new FixedReader(new Input("a", "abcd", 1, true))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("code", "too_long"));
        HygieException none = catchThrowableOfType(HygieException.class, () -> rules.aroundReadFrom(new FixedReader(null)));
        assertThat(none.errors()).extracting(FieldError::field).containsExactly("name");
    }

    @Test
    void bodyRules_shouldLetAGoodBodyAndAnAbsentOptionalOneThrough() throws Exception {
        Input good = new Input("a", "abc", 1, true);
        assertThat(new FieldRulesFeature.BodyRules(Input.class).aroundReadFrom(new FixedReader(good))).isSameAs(good);
        assertThat(new FieldRulesFeature.BodyRules(Optional.class).aroundReadFrom(new FixedReader(null))).isNull();
    }

    /** A reader context whose reading gives a fixed entity. */
    private record FixedReader(Object entity) implements jakarta.ws.rs.ext.ReaderInterceptorContext {
        @Override
        public Object proceed() {
            return entity;
        }

        @Override
        public java.io.InputStream getInputStream() {
            return null;
        }

        @Override
        public void setInputStream(java.io.InputStream is) {
        }

        @Override
        public jakarta.ws.rs.core.MultivaluedMap<String, String> getHeaders() {
            return null;
        }

        @Override
        public Object getProperty(String name) {
            return null;
        }

        @Override
        public java.util.Collection<String> getPropertyNames() {
            return java.util.List.of();
        }

        @Override
        public void setProperty(String name, Object object) {
        }

        @Override
        public void removeProperty(String name) {
        }

        @Override
        public java.lang.annotation.Annotation[] getAnnotations() {
            return new java.lang.annotation.Annotation[0];
        }

        @Override
        public void setAnnotations(java.lang.annotation.Annotation[] annotations) {
        }

        @Override
        public Class<?> getType() {
            return entity == null ? Object.class : entity.getClass();
        }

        @Override
        public void setType(Class<?> type) {
        }

        @Override
        public java.lang.reflect.Type getGenericType() {
            return getType();
        }

        @Override
        public void setGenericType(java.lang.reflect.Type genericType) {
        }

        @Override
        public jakarta.ws.rs.core.MediaType getMediaType() {
            return null;
        }

        @Override
        public void setMediaType(jakarta.ws.rs.core.MediaType mediaType) {
        }
    }
}
