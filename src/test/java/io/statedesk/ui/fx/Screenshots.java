package io.statedesk.ui.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes what a user sees to PNG: {@code target/screenshots} always, and the folder named by
 * {@code -Dstatedesk.screenshots} (e.g. docs/images) when set, so the README's pictures come from a test run.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** Call on the FX thread. */
    public static Path save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path target = write(out, Path.of("target", "screenshots"), name);
        String docs = System.getProperty("statedesk.screenshots");
        if (docs != null && !docs.isBlank()) {
            write(out, Path.of(docs), name);
        }
        return target;
    }

    private static Path write(BufferedImage image, Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
