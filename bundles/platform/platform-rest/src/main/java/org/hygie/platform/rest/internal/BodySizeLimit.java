package org.hygie.platform.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.ProblemTypes;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Refuses request bodies over 1 MiB with 413: a declared length is refused before reading, a
 * chunked body when it crosses the limit. No Hygie form comes anywhere near that size.
 */
@Component(service = {ContainerRequestFilter.class, ReaderInterceptor.class})
@JakartarsExtension
@JakartarsName("hygie.body-size-limit")
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {
    static final long MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            // The body is left unread: the connection must not carry another request.
            request.abortWith(Response.fromResponse(Problems.response(tooLarge().toProblem()))
                    .header("Connection", "close").build());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        LimitedStream limited = new LimitedStream(context.getInputStream());
        context.setInputStream(limited);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (limited.exceeded) {
                throw tooLarge();
            }
            throw e;
        }
    }

    private static HygieException tooLarge() {
        return new HygieException(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                "The request body is larger than " + MAX_BYTES / 1024 + " KiB", null, null);
    }

    private static final class LimitedStream extends FilterInputStream {
        private long read;
        private boolean exceeded;

        LimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                exceeded = true;
                throw new IOException("Request body larger than " + MAX_BYTES + " bytes");
            }
        }
    }
}
