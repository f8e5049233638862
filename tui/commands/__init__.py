"""One module per `dementi` subcommand; each defines `register(subparsers)`."""
