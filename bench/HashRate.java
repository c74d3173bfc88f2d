import java.util.concurrent.atomic.AtomicLong;
import org.blogplatform.accounts.passwords.PasswordHasher;

/** Raw verification rate of the service's own password hasher: java -cp 'app.jar:lib/*' HashRate.java THREADS SECONDS */
public class HashRate {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        long seconds = Long.parseLong(args[1]);
        PasswordHasher encoder = new PasswordHasher(threads);
        String hash = encoder.hash("benchmark password");
        for (int i = 0; i < 10; i++) {
            encoder.matches("benchmark password", hash);
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    encoder.matches("benchmark password", hash);
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
