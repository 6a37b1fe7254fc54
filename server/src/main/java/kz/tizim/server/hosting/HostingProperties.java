package kz.tizim.server.hosting;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hosting facts ({@code tizim.hosting.*}).
 *
 * @param ipdbDir      where the address databases are ({@code TIZIM_IPDB_DIR}); blank: {@code <tizim.data-dir>/ipdb}
 * @param maxAge       a recorded resolution younger than this is reused instead of resolving again
 * @param fetchOnStart download the databases with {@code npm pack} when they are missing (the demo sets it)
 */
@ConfigurationProperties("tizim.hosting")
public record HostingProperties(@Nullable String ipdbDir, @DefaultValue("1h") Duration maxAge,
        @DefaultValue("false") boolean fetchOnStart) {

    Path ipdbDirectory(Path dataDir) {
        return ipdbDir == null || ipdbDir.isBlank() ? dataDir.resolve(IpDatabaseFiles.DIRECTORY_NAME) : Path.of(ipdbDir);
    }
}
