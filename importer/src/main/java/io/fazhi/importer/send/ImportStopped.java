package io.fazhi.importer.send;

/**
 * A condition no further file can get past: the token was refused, or the gateway stayed out of
 * reach through every retry. The run stops; running it again resumes it.
 */
public class ImportStopped extends RuntimeException {

    public ImportStopped(String message) {
        super(message);
    }
}
