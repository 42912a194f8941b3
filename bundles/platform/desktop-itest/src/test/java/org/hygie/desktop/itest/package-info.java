/** UI tests of the desktop workbench, run inside the framework against a real server. */
package org.hygie.desktop.itest;
