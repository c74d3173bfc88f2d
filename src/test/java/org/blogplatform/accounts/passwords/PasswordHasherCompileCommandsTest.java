package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's compile commands name methods of Bouncy Castle's Argon2 by name; HotSpot silently ignores a
 * command for a method that no longer exists, so an upgrade that renames one would quietly bring back the
 * slow hashes. This keeps the names honest.
 */
class PasswordHasherCompileCommandsTest {

    private static final Path COMMANDS = Path.of("bin", "compiler-commands");

    @Test
    void everyInlinedMethodExistsInTheHashingLibrary() throws Exception {
        List<String[]> inlined = inlineCommands();

        assertThat(inlined).hasSizeGreaterThanOrEqualTo(4);
        for (String[] command : inlined) {
            Class<?> type = Class.forName(command[0].replace('/', '.'));
            assertThat(Arrays.stream(type.getDeclaredMethods()).map(method -> method.getName()))
                    .as("%s.%s", command[0], command[1])
                    .contains(command[1]);
        }
    }

    @Test
    void theLauncherPassesTheCommandsToTheJvm() throws IOException {
        assertThat(Files.readString(Path.of("bin", "accounts")))
                .contains("-XX:CompileCommandFile=\"$root/bin/compiler-commands\"");
    }

    private static List<String[]> inlineCommands() {
        try {
            return Files.readAllLines(COMMANDS).stream()
                    .filter(line -> line.startsWith("inline "))
                    .map(line -> line.substring("inline ".length()).trim())
                    .map(target -> new String[] {
                        target.substring(0, target.lastIndexOf('.')), target.substring(target.lastIndexOf('.') + 1)
                    })
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
