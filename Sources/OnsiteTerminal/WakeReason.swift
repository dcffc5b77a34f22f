/// Why `poll` came back while the terminal waited for something to happen.
enum WakeReason {
    /// The terminal has bytes to read.
    case input
    /// A signal handler wrote to the self-pipe.
    case signal
    /// A signal interrupted poll (EINTR); look at everything again.
    case interrupted
    /// The terminal is gone (hang-up, error or end of file).
    case closed
}
