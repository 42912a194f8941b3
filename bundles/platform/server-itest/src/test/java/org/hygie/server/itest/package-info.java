/** In-framework tests of the server platform. */
package org.hygie.server.itest;
