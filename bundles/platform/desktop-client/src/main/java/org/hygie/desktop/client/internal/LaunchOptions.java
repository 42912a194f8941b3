package org.hygie.desktop.client.internal;

import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the desktop was started with: {@code --server URL} (else {@code HYGIE_SERVER_URL}, else the
 * {@code hygie.server.url} framework property, else {@value #DEFAULT_SERVER}) and {@code --lang fr|en}
 * (else {@code hygie.lang}, else the system language of {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG}:
 * English when it is English, French otherwise, also for the bare {@code C} locale).
 */
record LaunchOptions(URI server, Locale locale) {
    static final String DEFAULT_SERVER = "http://127.0.0.1:8080";

    /**
     * @param args the command line after {@code -jar hygie-desktop.jar}
     * @param env environment variables by name
     * @param properties framework properties by name
     */
    static LaunchOptions parse(String[] args, Function<String, String> env, Function<String, String> properties) {
        String server = null;
        String lang = null;
        for (int i = 0; args != null && i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--server=")) {
                server = arg.substring("--server=".length());
            } else if (arg.equals("--server") && i + 1 < args.length) {
                server = args[++i];
            } else if (arg.startsWith("--lang=")) {
                lang = arg.substring("--lang=".length());
            } else if (arg.equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            }
        }
        server = firstNonBlank(server, env.apply("HYGIE_SERVER_URL"), properties.apply("hygie.server.url"),
                DEFAULT_SERVER);
        lang = firstNonBlank(lang, properties.apply("hygie.lang"), env.apply("LC_ALL"), env.apply("LC_MESSAGES"),
                env.apply("LANG"), "fr");
        // "en", "en_GB.UTF-8", "en-US": English; anything else, C included, French.
        boolean english = lang.trim().toLowerCase(Locale.ROOT).matches("en([_.@-].*)?");
        return new LaunchOptions(serverUri(server), english ? Locale.ENGLISH : Locale.FRENCH);
    }

    /** @return the URL without trailing slashes; throws IllegalArgumentException when it is not http(s) */
    static URI serverUri(String text) {
        String trimmed = text.trim().replaceAll("/+$", "");
        URI uri = URI.create(trimmed);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an http(s) URL: " + text);
        }
        return uri;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
