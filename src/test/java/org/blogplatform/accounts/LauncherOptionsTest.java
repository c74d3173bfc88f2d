package org.blogplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of bin/accounts, read from the script itself and given to the JDK running the tests (17 and
 * 25 in CI): a misspelt or withdrawn option would stop every start of the service, and the thread priorities
 * the service relies on are only what these options make of them.
 */
class LauncherOptionsTest {

    private static List<String> options;

    @BeforeAll
    static void readTheLaunchersOptions() throws Exception {
        options = launcherOptions("");
        assertThat(options).contains("-XX:ThreadPriorityPolicy=1").hasSizeGreaterThan(5);
    }

    /** The paragraph of the script that sets {@code opts}, run by bash with the given variables. */
    private static List<String> launcherOptions(String variables) throws Exception {
        String paragraph = Stream.of(
                        Files.readString(Path.of("bin", "accounts")).split("\n\\s*\n"))
                .filter(block -> block.lines().anyMatch(line -> line.startsWith("opts=(")))
                .findFirst()
                .orElseThrow();
        String script =
                "root=\"$PWD\"; JAVA_OPTS=; " + variables + "\n" + paragraph + "\nprintf '%s\\n' \"${opts[@]}\"";
        return run(List.of("bash", "-c", script)).lines().toList();
    }

    @Test
    void theHeapHoldsTheBlocksOfEveryHashingSlot() throws Exception {
        assertThat(launcherOptions("ACCOUNTS_PASSWORDS_MAX_CONCURRENT_HASHES=2"))
                .contains("-Xms128m", "-Xmx128m");
        assertThat(launcherOptions("ACCOUNTS_PASSWORDS_MAX_CONCURRENT_HASHES=4"))
                .contains("-Xmx128m");
        assertThat(launcherOptions("ACCOUNTS_PASSWORDS_MAX_CONCURRENT_HASHES=16"))
                .contains("-Xms224m", "-Xmx224m");
        assertThat(launcherOptions("ACCOUNTS_PASSWORDS_MAX_CONCURRENT_HASHES=many"))
                .as("not a number: one slot per core, as the service counts them")
                .anyMatch(option -> option.matches("-Xmx[0-9]+m"));
    }

    @Test
    void aSlotCountGivenAsAnArgumentSizesTheHeapAsTheServiceWillReadIt() throws Exception {
        assertThat(launcherOptions("ACCOUNTS_PASSWORDS_MAX_CONCURRENT_HASHES=2; set -- --server.port=9000 "
                        + "--accounts.passwords.max-concurrent-hashes=16"))
                .contains("-Xms224m", "-Xmx224m");
        assertThat(launcherOptions("ACCOUNTS_PASSWORDS_MAX_CONCURRENT_HASHES=16; set -- --server.port=9000"))
                .contains("-Xmx224m");
    }

    @Test
    void theJvmAcceptsEveryOptionOfTheLauncher() throws Exception {
        assertThat(runWithLauncherOptions(Idle.class))
                .contains("idle")
                .doesNotContainIgnoringCase("unrecognized")
                .doesNotContainIgnoringCase("obsolete")
                .doesNotContainIgnoringCase("deprecated")
                .doesNotContainIgnoringCase("ignoring option");
    }

    /**
     * Password hashes lower their thread to Java's lowest priority, which must become nice 19 for a sign-in storm
     * to leave the CPU to other requests. The JIT's compilers are never below the requests (nice -4 when the
     * service may raise them, as root; the requests' nice 0 otherwise): below them, they were starved under
     * sustained load and the service kept running unoptimised code (BENCHMARKS.md, ninth round).
     */
    @Test
    void hashesRunBelowRequestsAndTheCompilersNever() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "thread priorities are read from /proc");
        Map<String, Integer> nice = niceByThread(runWithLauncherOptions(ReportNiceness.class));

        int requests = nice.get("normal priority");
        assertThat(nice.get("lowest priority")).isEqualTo(19).isGreaterThan(requests);
        assertThat(nice).containsKey("C1 CompilerThre").containsKey("C2 CompilerThre");
        assertThat(nice.get("C1 CompilerThre")).isLessThanOrEqualTo(requests);
        assertThat(nice.get("C2 CompilerThre")).isLessThanOrEqualTo(requests);
    }

    private static String runWithLauncherOptions(Class<?> main) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Map<String, Integer> niceByThread(String report) {
        return report.lines()
                .filter(line -> line.contains("="))
                .collect(Collectors.toMap(
                        line -> line.substring(0, line.lastIndexOf('=')),
                        line -> Integer.parseInt(line.substring(line.lastIndexOf('=') + 1)),
                        Math::max));
    }

    static final class Idle {
        public static void main(String[] args) {
            System.out.println("idle");
        }
    }

    /** Prints each thread's name and nice value, one of them a thread at Java's lowest priority. */
    static final class ReportNiceness {
        public static void main(String[] args) throws Exception {
            Thread lowest = new Thread(() -> sleep(), "lowest priority");
            lowest.setPriority(Thread.MIN_PRIORITY);
            lowest.start();
            Thread.sleep(200);
            System.out.println("normal priority=" + nice(Path.of("/proc/thread-self")));
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    System.out.println(Files.readString(task.resolve("comm")).strip() + "=" + nice(task));
                }
            }
            lowest.interrupt();
        }

        private static String nice(Path task) throws IOException {
            String stat = Files.readString(task.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]; // field 19 of proc(5), from field 3
        }

        private static void sleep() {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
