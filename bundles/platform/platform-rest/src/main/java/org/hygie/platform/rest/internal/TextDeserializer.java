package org.hygie.platform.rest.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Reads every JSON string of every input as Jackson does, then applies {@link Text}'s rule: a
 * string that breaks it is a {@link InvalidText}, which Jackson tags with the field's path and the
 * problem mapper answers as a 422 naming that field (in a list too: {@code tags[1]}).
 */
final class TextDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && Text.isInvalid(value)) {
            throw new InvalidText(parser);
        }
        return value;
    }

    /** A string holding a character no field may hold. */
    static final class InvalidText extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        InvalidText(JsonParser parser) {
            super(parser, "A string holds a NUL or an unpaired surrogate character", String.class);
        }
    }
}
