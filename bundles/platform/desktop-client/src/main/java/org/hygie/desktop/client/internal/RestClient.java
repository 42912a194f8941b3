package org.hygie.desktop.client.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.hygie.core.session.SessionApi;
import org.hygie.core.session.Credentials;
import org.hygie.core.session.LoginResult;
import org.hygie.core.session.SessionUser;
import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.FieldRules;
import org.hygie.core.problem.HygieException;
import org.hygie.core.session.Credentials;
import org.hygie.core.session.LoginResult;
import org.hygie.core.session.SessionApi;
import org.hygie.core.session.SessionUser;
import org.hygie.desktop.client.ClientProblems;
import org.hygie.desktop.client.ConnectionListener;
import org.hygie.desktop.client.ConnectionState;
import org.hygie.desktop.client.HygieClient;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;

/**
 * The desktop's Jersey client. Waits for the bnd launcher's {@code launcher.arguments} service, so
 * that {@code --server} and {@code --lang} are known before any window shows them.
 */
@Component
public class RestClient implements HygieClient {
    private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ProblemReader problems = new ProblemReader(mapper);
    private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final LaunchOptions options;

    private volatile URI server;
    private volatile Client client;
    private volatile String token;
    private volatile SessionUser user;
    private volatile ConnectionState state = ConnectionState.LOGGED_OUT;

    @Activate
    public RestClient(BundleContext context,
            @Reference(service = Object.class, target = "(launcher.arguments=*)") Map<String, Object> launcher) {
        Object args = launcher.get("launcher.arguments");
        this.options = LaunchOptions.parse(args instanceof String[] a ? a : new String[0], System::getenv,
                context::getProperty);
        this.server = options.server();
    }

    /** For unit tests: no OSGi, fixed options. */
    RestClient(URI server, Locale locale) {
        this.options = new LaunchOptions(server, locale);
        this.server = server;
    }

    @Deactivate
    void deactivate() {
        Client c = client;
        if (c != null) {
            c.close();
        }
    }

    @Override
    public URI server() {
        return server;
    }

    @Override
    public void setServer(URI server) {
        if (token != null) {
            throw new IllegalStateException("Log out before changing the server");
        }
        URI checked = LaunchOptions.serverUri(server.toString());
        if (!checked.equals(this.server)) {
            this.server = checked;
            proxies.clear();
        }
    }

    @Override
    public void prepare() {
        Thread warmUp = new Thread(() -> {
            jersey();
            // The validator reads the constraints of a type once; the login form's is the first checked.
            FieldRules.check(new Credentials("", ""));
        }, "hygie-client-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public Locale locale() {
        return options.locale();
    }

    @Override
    public LoginResult login(String username, String password) {
        token = null;
        LoginResult result = api(SessionApi.class).login(new Credentials(username, password));
        token = result.token();
        user = result.user();
        setState(ConnectionState.CONNECTED);
        return result;
    }

    @Override
    public void logout() {
        try {
            if (token != null) {
                api(SessionApi.class).logout(null);
            }
        } catch (HygieException e) {
            LOG.info("Logout not confirmed by the server: {}", e.getMessage());
        } finally {
            token = null;
            user = null;
            setState(ConnectionState.LOGGED_OUT);
        }
    }

    @Override
    public Optional<SessionUser> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public void passwordChanged() {
        SessionUser u = user;
        if (u != null) {
            user = new SessionUser(u.id(), u.username(), u.displayName(), u.role(), false);
        }
    }

    @Override
    public <T> T api(Class<T> contract) {
        return contract.cast(proxies.computeIfAbsent(contract, this::proxy));
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public void addListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    private void setState(ConnectionState next) {
        if (state != next) {
            state = next;
            listeners.forEach(l -> l.stateChanged(next));
        }
    }

    private synchronized Client jersey() {
        if (client == null) {
            // jakarta.ws.rs finds its RuntimeDelegate with a ServiceLoader on the context class loader;
            // in OSGi only jersey-common's own loader sees its META-INF/services entry. Found once,
            // the delegate is kept for good.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(CommonProperties.class.getClassLoader());
            try {
                RuntimeDelegate.getInstance();
            } finally {
                thread.setContextClassLoader(previous);
            }
            long start = System.nanoTime();
            ClientConfig config = new ClientConfig()
                    .register(new JacksonJsonProvider(mapper))
                    .register((ClientRequestFilter) request -> {
                        String t = token;
                        if (t != null) {
                            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + t);
                        }
                        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, options.locale().toLanguageTag());
                    })
                    .property(ClientProperties.CONNECT_TIMEOUT, 5000)
                    .property(ClientProperties.READ_TIMEOUT, 30000);
            client = new JerseyClientBuilder().withConfig(config).build();
            LOG.debug("Jersey client ready in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return client;
    }

    /** Jersey's proxy of the contract, wrapped so that every failure is a HygieException. */
    private Object proxy(Class<?> contract) {
        Object jerseyProxy = WebResourceFactory.newResource(contract, jersey().target(server).path("api"));
        InvocationHandler handler = (proxy, method, args) -> invoke(jerseyProxy, method, args);
        return Proxy.newProxyInstance(contract.getClassLoader(), new Class<?>[] { contract }, handler);
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
        }
        checkInputs(args);
        boolean authenticated = token != null;
        try {
            Object result = method.invoke(target, args);
            if (result instanceof Response response && response.getStatus() >= 400) {
                throw failed(response, authenticated);
            }
            reached();
            return result;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WebApplicationException web) {
                throw failed(web.getResponse(), authenticated);
            }
            if (cause instanceof ProcessingException) {
                setState(token == null ? ConnectionState.LOGGED_OUT : ConnectionState.UNREACHABLE);
                LOG.info("{} unreachable: {}", server, cause.toString());
                throw new HygieException(0, ClientProblems.UNREACHABLE, "Server unreachable",
                        "No answer from " + server + ": " + rootMessage(cause), null, Map.of("server", server.toString()));
            }
            throw cause;
        }
    }

    /**
     * Checks the input records of a call against the field rules declared on them, as the server
     * will: a form learns of its mistakes without a round trip, through the same 422 the server
     * would answer, so it shows them beside the fields as it shows the server's.
     *
     * @throws HygieException 422 listing the invalid fields, nothing sent
     */
    static void checkInputs(Object[] args) {
        if (args == null) {
            return;
        }
        for (Object arg : args) {
            if (arg != null && arg.getClass().isRecord()) {
                List<FieldError> errors = FieldRules.check(arg);
                if (!errors.isEmpty()) {
                    throw HygieException.validation(errors);
                }
            }
        }
    }

    private void reached() {
        if (token != null) {
            setState(ConnectionState.CONNECTED);
        }
    }

    private HygieException failed(Response response, boolean authenticated) {
        String body;
        try {
            response.bufferEntity();
            body = response.readEntity(String.class);
        } catch (RuntimeException unreadable) {
            body = null;
        }
        HygieException problem = problems.read(response.getStatus(), body);
        if (problem.status() == 401 && authenticated) {
            // The token is no longer valid: the user must log in again; what they typed stays.
            token = null;
            setState(ConnectionState.SESSION_EXPIRED);
        } else {
            reached();
        }
        return problem;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
