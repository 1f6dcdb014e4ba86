package io.gongkai.gateway.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The signing key is read the way ./run.sh passes it: "file:" + a path to a PKCS#8 PEM. */
class SigningKeyTest {

    @Test
    void aKeyIsReadFromAFileUrlAPlainPathOrTheClasspath() throws Exception {
        Path file = Files.createTempFile("jwt-private", ".pem");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("jwt/privateKey.pem")) {
            Files.write(file, in.readAllBytes());
        }
        try {
            assertEquals("RSA", TokenMinter.load("file:" + file).getAlgorithm());
            assertEquals("RSA", TokenMinter.load(file.toString()).getAlgorithm());
            assertEquals("RSA", TokenMinter.load("jwt/privateKey.pem").getAlgorithm());
            assertEquals("RSA", TokenMinter.load("classpath:jwt/privateKey.pem").getAlgorithm());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aMissingKeySaysWhatToDo() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TokenMinter.load("file:/nowhere/key.pem"));
        assertEquals(true, e.getMessage().contains("GONGKAI_JWT_PRIVATE_KEY"));
    }
}
