package io.statedesk.cli;

import io.statedesk.build.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code statedesk --version}: the version the build wrote into the jar, never one written in the code. */
final class BuildVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"StateDesk " + BuildInfo.version()};
    }
}
