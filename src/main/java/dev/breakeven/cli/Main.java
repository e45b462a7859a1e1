package dev.breakeven.cli;

/** Entry point of the breakeven jar (placeholder until the command line lands). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("breakeven: command line not written yet");
    }
}
