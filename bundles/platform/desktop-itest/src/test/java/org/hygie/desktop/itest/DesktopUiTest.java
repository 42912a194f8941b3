package org.hygie.desktop.itest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every desktop UI test starts from: the exported server with its demo data (one for the
 * whole run), the driver of the workbench's display, and the login window.
 */
abstract class DesktopUiTest {
    /** The demo accounts' password. */
    static final String DEMO_PASSWORD = "Hygie-demo-1";

    static TestServer server;
    static Ui ui;

    @BeforeAll
    static void startServerAndAttach() throws Exception {
        server = TestServer.get();
        ui = Ui.attach();
    }

    @BeforeEach
    void startOnTheLoginWindow() throws Exception {
        ui.backToLogin();
    }
}
