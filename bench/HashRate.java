import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import org.blogplatform.accounts.passwords.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Raw verification rate of the service's own password hasher, or of Argon2id at other parameters:
 *
 *   java -cp 'app.jar:lib/*' HashRate.java THREADS SECONDS [MEMORY_KIB ITERATIONS]
 *
 * With -Xlog:gc and the launcher's heap options it also shows what a parameter choice costs the collector.
 * Without the launcher's compile commands (-XX:CompileCommandFile=bin/compiler-commands) the rate of a run
 * is one of two, about a factor of two apart, depending on how the JIT happened to compile the hash.
 */
public class HashRate {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        long seconds = Long.parseLong(args[1]);
        String password = "benchmark password";
        String hash;
        BiPredicate<String, String> verify;
        if (args.length >= 4) {
            var argon2 = new Argon2PasswordEncoder(16, 32, 1, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            hash = argon2.encode(password);
            verify = argon2::matches;
        } else {
            var hasher = new PasswordHasher(threads, threads, java.time.Duration.ofMinutes(1));
            hash = hasher.hash(password);
            verify = hasher::matches;
        }
        for (int i = 0; i < 10; i++) {
            verify.test(password, hash);
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    verify.test(password, hash);
                    done.incrementAndGet();
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%.1f%n", done.get() / (double) seconds);
    }
}
