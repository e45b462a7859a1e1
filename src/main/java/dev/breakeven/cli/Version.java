package dev.breakeven.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar's manifest, plus the JVM it runs on. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"breakeven " + (v == null ? "(development build)" : v),
                "JVM: " + System.getProperty("java.vm.name") + " " + Runtime.version()};
    }
}
