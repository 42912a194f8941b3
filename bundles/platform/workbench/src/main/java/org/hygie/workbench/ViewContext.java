package org.hygie.workbench;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.hygie.core.problem.HygieException;
import org.hygie.core.session.SessionUser;
import org.osgi.annotation.versioning.ProviderType;

/** What the workbench lends a view: the session, the language and background work with a visible busy state. */
@ProviderType
public interface ViewContext {
    /** @return the language of the interface */
    Locale locale();

    /** @return the logged-in user */
    SessionUser user();

    /**
     * @return a client of the area's REST contract on the server the user logged in to (a proxy of
     *         the JAX-RS interface the server implements; every call goes through {@link #run})
     */
    <T> T api(Class<T> contract);

    /** @return the texts of the {@code messages*.properties} next to {@code anchor}, in the user's language */
    default Texts texts(Class<?> anchor) {
        return Texts.load(anchor, "messages", locale());
    }

    /** @return whether the user's role holds the permission (to hide what it may not do) */
    default boolean may(String permission) {
        return user().role() != null && user().role().has(permission);
    }

    /**
     * Runs {@code call} off the display thread, the status bar showing {@code task} as busy once
     * it has run longer than 300 ms, then {@code onSuccess} with its result on the display thread. A failure is shown in the
     * status bar in plain words; an expired session asks for the password again and then retries.
     */
    default <T> void run(String task, Callable<T> call, Consumer<T> onSuccess) {
        run(task, call, onSuccess, failure -> {
        });
    }

    /** As {@link #run(String, Callable, Consumer)}, and also hands the failure to {@code onFailure} on the display thread. */
    <T> void run(String task, Callable<T> call, Consumer<T> onSuccess, Consumer<HygieException> onFailure);

    /** @return the failure in plain words of the user's language (unreachable server, forbidden...) */
    String describe(HygieException failure);

    /**
     * Confirms in the status bar what was done (a save, a booking, a status change): shown with its
     * icon for a few seconds, then it fades; a failure shown by {@link #run} stays instead.
     */
    void inform(String message);

    /**
     * Opens the patient's chart in a tab of its own, or brings it to the front when it is open
     * already (see {@link org.hygie.workbench.chart}).
     */
    void openChart(UUID patientId);

    /**
     * Runs {@code action} when the user gives {@code command} (its shortcut) while {@code scope} is
     * showing: the one among the showing scopes that holds the focus, else the first bound. The
     * binding ends when {@code scope} is disposed.
     */
    void bind(Control scope, Command command, Runnable action);
}
