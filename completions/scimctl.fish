# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_scimctl_global_optspecs
    string join \n profile= url= team= o/output= y/yes no-input v/verbose ca-cert= max-wait= color= h/help V/version
end

function __fish_scimctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_scimctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_scimctl_using_subcommand
    set -l cmd (__fish_scimctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c scimctl -n "__fish_scimctl_needs_command" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_needs_command" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_needs_command" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_needs_command" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_needs_command" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_needs_command" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_needs_command" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_needs_command" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_needs_command" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "auth" -d 'Credentials of remote backends: where they are kept and whether they work'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "profile" -d 'Saved profiles: which backend each names, which one is the default'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "sso" -d 'Single sign-on methods of the team. SCIM needs at least one; SCIM API keys need exactly one'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "scim" -d 'The team\'s SCIM provisioning toggle'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "keys" -d 'SCIM API keys: what the identity provider (Okta, Entra ID) presents'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "users" -d 'Users of the team, over SCIM: list, look up, create, update, deactivate and reactivate. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "groups" -d 'Groups of the team, over SCIM: list, look up, create, rename, delete, and their members. GROUP is an id or a displayName; USER an id or a userName. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service with Groups'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "audit" -d 'The team\'s audit trail: every admin action and provisioning write'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "serve" -d 'Run the SCIM 2.0 service provider and the admin API'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "admin-token" -d 'Manage admin tokens of a team database'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "teams" -d 'The teams of a team database: list them, add one. Works on a database backend (sqlite://, postgres://); a remote backend\'s teams are its operator\'s'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "accounts" -d 'The accounts of a team database: list them, add one (the product\'s own sign-up, outside SCIM). Works on a database backend (sqlite://, postgres://); a remote backend\'s accounts are its operator\'s'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "domains" -d 'The team\'s domains: add one (prints the DNS TXT record to publish), verify it (looks the record up), list, remove. Works on a database backend (sqlite://, postgres://), and against `scimctl serve` through its admin API (the server then does the DNS lookup)'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "invites" -d 'The team\'s invites: list them, invite an email by hand, revoke one, send one again. On a database backend (sqlite://, postgres://) emails go through SCIMCTL_SMTP_URL when it is set, else into the outbox, and links start with SCIMCTL_PUBLIC_URL (default http://127.0.0.1:8787, where `scimctl serve` listens); against `scimctl serve` the server sends them, through its admin API'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "backup" -d 'Copy a SQLite team database to FILE while `serve` may be writing to it'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "restore" -d 'Put a backup made by `scimctl backup` in place of a SQLite team database'
complete -c scimctl -n "__fish_scimctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -f -a "login" -d 'Save a profile for a backend and store its admin token (read from stdin)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -f -a "status" -d 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -f -a "logout" -d 'Remove the profile\'s secrets from the keyring (or the insecure file)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -f -a "token" -d 'Print the admin token in use on stdout'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the admin token from stdin (never from the command line)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l insecure-storage -d 'Keep this profile\'s secrets in a plain 0600 file instead of the OS keyring'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l force -d 'Repoint an existing profile that names another backend (its stored secrets are removed: they belong to the old backend)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Save a profile for a backend and store its admin token (read from stdin)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the profile\'s secrets from the keyring (or the insecure file)'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the admin token in use on stdout'
complete -c scimctl -n "__fish_scimctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -f -a "list" -d 'List the profiles; the default one is marked'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -f -a "use" -d 'Make a profile the default'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -f -a "remove" -d 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles; the default one is marked'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are'
complete -c scimctl -n "__fish_scimctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'List the SSO methods'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Add an SSO method'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Remove an SSO method (by id or name)'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l type -d 'Protocol of the method' -r -f -a "saml\t''
oidc\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l name -d 'A name to recognise it by (unique)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the SSO methods'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an SSO method'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an SSO method (by id or name)'
complete -c scimctl -n "__fish_scimctl_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -f -a "status" -d 'Show whether SCIM is on, with its prerequisites'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -f -a "enable" -d 'Turn SCIM provisioning on (needs an SSO method)'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -f -a "disable" -d 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and not __fish_seen_subcommand_from status enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -l revoke-keys -d 'Also revoke every SCIM API key'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether SCIM is on, with its prerequisites'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn SCIM provisioning on (needs an SSO method)'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand scim; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -f -a "generate" -d 'Generate a key, print it once on stdout and store it in the keyring'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -f -a "list" -d 'List the team\'s keys (never their secrets)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -f -a "rotate" -d 'Issue a new secret for a key; the old one keeps working for a grace window'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -f -a "revoke" -d 'Revoke a key at once (and the grace window of the key it replaced)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -f -a "test" -d 'Make an authenticated SCIM call with a stored key, as an IdP\'s "Test API Credentials" does'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -f -a "show" -d 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list rotate revoke test show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l name -d 'Name of the key (asked on a terminal when missing)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l no-store -d 'Print the secret without storing it (for a pipeline that hands it to a secret manager)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l insecure-storage -d 'Store secrets of this profile in a plain 0600 file instead of the keyring (remembered)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l grace -d 'How long the old secret keeps working: 0 (cut over now) up to 7d' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l force -d 'Rotate even while an earlier rotation\'s grace window is open (ends it now)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l reveal -d 'Print the secret itself'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate a key, print it once on stdout and store it in the keyring'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the team\'s keys (never their secrets)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Issue a new secret for a key; the old one keeps working for a grace window'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a key at once (and the grace window of the key it replaced)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "test" -d 'Make an authenticated SCIM call with a stored key, as an IdP\'s "Test API Credentials" does'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)'
complete -c scimctl -n "__fish_scimctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "list" -d 'List users, following pages to the end (or --limit)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "get" -d 'Show one user, by id or userName (email)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "create" -d 'Create a user. New users get the role `developer` unless --role says otherwise'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "update" -d 'Change a user\'s first name, last name or role'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "deactivate" -d 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "reactivate" -d 'Reactivate users: back in the team, able to sign in'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "import" -d 'Create or update many users from a file'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "export" -d 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "sync" -d 'Reconcile the team with a roster file (the import format)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate import export sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l filter -d 'A SCIM filter, e.g. \'userName sw "ann"\' or \'name.familyName eq "Lee"\'' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l state -d 'Only users whose team membership is in this state: invited (their account is in another team and has not accepted), active or deactivated' -r -f -a "invited\t''
active\t''
deactivated\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l limit -d 'Stop after this many users' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l page-size -d 'Users per request [default: the most the backend allows — its ServiceProviderConfig\'s filter.maxResults, at most 1000]. A backend that gives fewer answers with fewer; paging follows what arrives' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l active -d 'Only active users'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l inactive -d 'Only deactivated users'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l first -d 'First name' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l last -d 'Last name' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l external-id -d 'The IdP\'s identifier for the user' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l role -d 'Team role: admin, billing or developer [default: developer]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l if-exists -d 'What to do when the userName is taken' -r -f -a "fail\t'Fail with exit 6'
skip\t'Leave the existing user as it is'
update\t'Update the existing user\'s name and role'"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l first -d 'New first name' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l last -d 'New last name' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l role -d 'New team role: admin, billing or developer' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l from-file -d 'Also the users named in FILE, one id or userName per line (`-`: standard input); blank lines and lines starting with `#` are skipped. An offboarding list, say' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l continue-on-error -d 'Go on past a user that cannot be found or changed, and report each one (exit code of the first failure at the end). Without it, every user is found before anything changes, and the first failure stops the command'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l from-file -d 'Also the users named in FILE, one id or userName per line (`-`: standard input); blank lines and lines starting with `#` are skipped. An offboarding list, say' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l continue-on-error -d 'Go on past a user that cannot be found or changed, and report each one (exit code of the first failure at the end). Without it, every user is found before anything changes, and the first failure stops the command'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l format -d 'Input format [default: from the file name, else csv]' -r -f -a "csv\t''
jsonl\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l concurrency -d 'Rows in flight at once (the embedded database instead writes batches of 500 rows, one transaction each)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l if-exists -d 'What to do with a row whose user exists' -r -f -a "fail\t'Fail with exit 6'
skip\t'Leave the existing user as it is'
update\t'Update the existing user\'s name and role'"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and print the plan; change nothing'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l continue-on-error -d 'Import the good rows even when some rows are bad or fail'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l create-groups -d 'Create the groups that the groups column names and no group has (without it, such a row stops the import before anything is written)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -l page-size -d 'Users per request [default: the most the backend allows — its ServiceProviderConfig\'s filter.maxResults, at most 1000]. A backend that gives fewer answers with fewer; paging follows what arrives' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l format -d 'Roster format [default: from the file name, else csv]' -r -f -a "csv\t''
jsonl\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l max-changes -d 'Refuse a plan of more changes than this [default: 10% of the team\'s active users, at least 10]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l concurrency -d 'Changes in flight at once' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l dry-run -d 'Print the plan; change nothing'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l deactivate-missing -d 'Also deactivate active users the roster does not name'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l continue-on-error -d 'Go on after a change fails (deactivations then run too)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l create-groups -d 'Create the groups that the roster\'s groups column names and no group has (without it, such a roster changes nothing)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, following pages to the end (or --limit)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one user, by id or userName (email)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user. New users get the role `developer` unless --role says otherwise'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s first name, last name or role'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Reactivate users: back in the team, able to sign in'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update many users from a file'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Reconcile the team with a roster file (the import format)'
complete -c scimctl -n "__fish_scimctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "list" -d 'List groups (without their members), following pages to the end'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "get" -d 'Show one group, by id or displayName, with its number of members'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "create" -d 'Create a group. Its displayName must be new (compared case-insensitively)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "rename" -d 'Give a group a new displayName'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "delete" -d 'Delete groups. Their members keep their accounts. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "members" -d 'List a group\'s members, with the userName of each'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "add" -d 'Add users to a group (those already in it stay as they are)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "remove" -d 'Remove users from a group. Their accounts stay'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create rename delete members add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l filter -d 'A SCIM filter on displayName, externalId or id, e.g. \'displayName sw "eng"\'' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l limit -d 'Stop after this many groups' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l external-id -d 'The IdP\'s identifier for the group' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l member -d 'A first member: user id or userName (repeat for more)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups (without their members), following pages to the end'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one group, by id or displayName, with its number of members'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group. Its displayName must be new (compared case-insensitively)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Give a group a new displayName'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete groups. Their members keep their accounts. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "members" -d 'List a group\'s members, with the userName of each'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add users to a group (those already in it stay as they are)'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove users from a group. Their accounts stay'
complete -c scimctl -n "__fish_scimctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List audit entries, newest first'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only entries at or after this time: RFC 3339 (2026-01-31T00:00:00Z) or a duration back from now (90m, 1h, 7d)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only entries by this actor, as the trail shows it (key:okta, admin-token:ops, local:ann)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action (user.deactivate) or family of actions (user, key.*)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most this many entries (the newest); says so when there are more' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries, newest first'
complete -c scimctl -n "__fish_scimctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l listen -d 'Address to listen on. Port 0 picks a free port (printed on stderr)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l database -d 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l public-url -d 'The root URL clients use, when it differs from http://<Host header> (behind a TLS-terminating proxy, say). Used in meta.location and in the links of invite emails ({public_url}/invites/{token}), which otherwise start with the listen address' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l smtp-url -d 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l smtp-from -d 'The sender of invite emails [default: scimctl <noreply@localhost>]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l outbox -d 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l dns-server -d 'Verify domains (POST /admin/v1/domains/{domain}/verify) by asking this DNS server (IP:PORT, or IP for port 53) instead of the system\'s resolvers' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l max-body -d 'Largest request body in bytes' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l rate-limit -d 'Limit each SCIM API key to N requests a second (bursts of N); over it, 429 with Retry-After. 0 = no limit' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l max-scans -d 'Filtered listings that no index answers (they read every user) run at most N at a time; beyond, 503 with Retry-After. 0 = one per two CPU cores, at least one' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this PEM certificate chain (needs --tls-key)' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l header-timeout -d 'Seconds a client has to send a request\'s headers (or finish the TLS handshake); idle keep-alive connections close after as long' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l max-connections -d 'Open connections at most. At the cap, a new connection takes the slot of the oldest idle one (silent, or between requests); it is closed only when every slot is serving a request' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l max-per-peer -d 'Connections one client IP address may hold. 0 = no share of its own (use it behind a reverse proxy, where every connection comes from the proxy)' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l metrics-listen -d 'Serve Prometheus metrics at http://ADDR/metrics — a listener of its own, never the SCIM one, so that the SCIM port can face the identity provider while metrics stay inside' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l log-format -d 'How log lines look on stderr: text, or one JSON object per line (time, level, request_id, method, route, status, duration_ms, team, actor) with an access line per request' -r -f -a "text\t'Lines for a person'
json\t'One JSON object per line'"
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l account-api -d 'Serve the account API under /account/v1: a person\'s own view of their account (with a token from `scimctl accounts token`), leaving a team, changing the account\'s email or password — each refused (403) while a team with SCIM on holds the account'
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Issue an admin token and print it once on stdout'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List the admin tokens (never their secrets)'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l database -d 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l name -d 'A name to recognise the token by' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l json -d 'Print {id,name,prefix,token,created_at} as JSON instead of the bare token'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -l database -d 'Team database URL to open directly [default: the profile\'s backend]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -l database -d 'Team database URL to open directly [default: the profile\'s backend]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Issue an admin token and print it once on stdout'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the admin tokens (never their secrets)'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand admin-token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -f -a "list" -d 'List the database\'s teams, oldest first, with their SCIM toggle and number of users'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -f -a "create" -d 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and not __fish_seen_subcommand_from list create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the database\'s teams, oldest first, with their SCIM toggle and number of users'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user'
complete -c scimctl -n "__fish_scimctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -f -a "list" -d 'List the database\'s accounts, oldest first, with the number of teams each is in (invited or active)'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -f -a "create" -d 'Add an account that is in no team yet. A team\'s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -f -a "token" -d 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and not __fish_seen_subcommand_from list create token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the database\'s accounts, oldest first, with the number of teams each is in (invited or active)'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add an account that is in no team yet. A team\'s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "token" -d 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it'
complete -c scimctl -n "__fish_scimctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -f -a "add" -d 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -f -a "verify" -d 'Look up the domain\'s TXT records and mark the domain verified if the team\'s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -f -a "list" -d 'List the team\'s domains, with their TXT record and when each was verified'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -f -a "remove" -d 'Remove a domain from the team. Members who joined through it stay'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and not __fish_seen_subcommand_from add verify list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l dns-server -d 'Ask this DNS server (IP:PORT, or IP for port 53) instead of the system\'s resolvers' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Look up the domain\'s TXT records and mark the domain verified if the team\'s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the team\'s domains, with their TXT record and when each was verified'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a domain from the team. Members who joined through it stay'
complete -c scimctl -n "__fish_scimctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -f -a "list" -d 'List the team\'s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -f -a "create" -d 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team\'s identity provider can later create the same user: the invite becomes its own instead of the create failing'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -f -a "revoke" -d 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -f -a "resend" -d 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and not __fish_seen_subcommand_from list create revoke resend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l all -d 'Also the closed ones: accepted, revoked, replaced by a resend'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l first -d 'Given name' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l last -d 'Family name' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l smtp-url -d 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l smtp-from -d 'The sender of invite emails [default: scimctl <noreply@localhost>]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l outbox -d 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l smtp-url -d 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l smtp-from -d 'The sender of invite emails [default: scimctl <noreply@localhost>]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l outbox -d 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -s h -l help -d 'Print help'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from resend" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the team\'s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "create" -d 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team\'s identity provider can later create the same user: the invite becomes its own instead of the create failing'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "resend" -d 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent'
complete -c scimctl -n "__fish_scimctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l database -d 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l force -d 'Replace FILE if it exists'
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand backup" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l database -d 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l profile -d 'Profile to use [default: the config\'s default_profile, else `local`]' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l url -d 'Backend URL, overriding the profile\'s: sqlite://PATH, postgres://…, http(s)://HOST' -r -f
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l team -d 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -s o -l output -d 'Output format of data on stdout [default: table; csv for users export]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l ca-cert -d 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off' -r -F
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l max-wait -d 'Longest a request waits, in all, for a service\'s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says' -r
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l force -d 'Replace a database that holds data'
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -s y -l yes -d 'Answer yes to confirmations'
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -l no-input -d 'Never prompt; fail with exit 3 when an answer is needed'
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scimctl -n "__fish_scimctl_using_subcommand restore" -s V -l version -d 'Print version'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "auth" -d 'Credentials of remote backends: where they are kept and whether they work'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "profile" -d 'Saved profiles: which backend each names, which one is the default'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "sso" -d 'Single sign-on methods of the team. SCIM needs at least one; SCIM API keys need exactly one'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "scim" -d 'The team\'s SCIM provisioning toggle'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "keys" -d 'SCIM API keys: what the identity provider (Okta, Entra ID) presents'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "users" -d 'Users of the team, over SCIM: list, look up, create, update, deactivate and reactivate. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "groups" -d 'Groups of the team, over SCIM: list, look up, create, rename, delete, and their members. GROUP is an id or a displayName; USER an id or a userName. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service with Groups'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "audit" -d 'The team\'s audit trail: every admin action and provisioning write'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "completions" -d 'Print a shell completion script'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "serve" -d 'Run the SCIM 2.0 service provider and the admin API'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "admin-token" -d 'Manage admin tokens of a team database'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "teams" -d 'The teams of a team database: list them, add one. Works on a database backend (sqlite://, postgres://); a remote backend\'s teams are its operator\'s'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "accounts" -d 'The accounts of a team database: list them, add one (the product\'s own sign-up, outside SCIM). Works on a database backend (sqlite://, postgres://); a remote backend\'s accounts are its operator\'s'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "domains" -d 'The team\'s domains: add one (prints the DNS TXT record to publish), verify it (looks the record up), list, remove. Works on a database backend (sqlite://, postgres://), and against `scimctl serve` through its admin API (the server then does the DNS lookup)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "invites" -d 'The team\'s invites: list them, invite an email by hand, revoke one, send one again. On a database backend (sqlite://, postgres://) emails go through SCIMCTL_SMTP_URL when it is set, else into the outbox, and links start with SCIMCTL_PUBLIC_URL (default http://127.0.0.1:8787, where `scimctl serve` listens); against `scimctl serve` the server sends them, through its admin API'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "backup" -d 'Copy a SQLite team database to FILE while `serve` may be writing to it'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "restore" -d 'Put a backup made by `scimctl backup` in place of a SQLite team database'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile sso scim keys users groups audit completions serve admin-token teams accounts domains invites backup restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Save a profile for a backend and store its admin token (read from stdin)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the profile\'s secrets from the keyring (or the insecure file)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the admin token in use on stdout'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles; the default one is marked'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "list" -d 'List the SSO methods'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "add" -d 'Add an SSO method'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "remove" -d 'Remove an SSO method (by id or name)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from scim" -f -a "status" -d 'Show whether SCIM is on, with its prerequisites'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from scim" -f -a "enable" -d 'Turn SCIM provisioning on (needs an SSO method)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from scim" -f -a "disable" -d 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "generate" -d 'Generate a key, print it once on stdout and store it in the keyring'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the team\'s keys (never their secrets)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rotate" -d 'Issue a new secret for a key; the old one keeps working for a grace window'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "revoke" -d 'Revoke a key at once (and the grace window of the key it replaced)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "test" -d 'Make an authenticated SCIM call with a stored key, as an IdP\'s "Test API Credentials" does'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "show" -d 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users, following pages to the end (or --limit)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "get" -d 'Show one user, by id or userName (email)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a user. New users get the role `developer` unless --role says otherwise'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user\'s first name, last name or role'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "deactivate" -d 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "reactivate" -d 'Reactivate users: back in the team, able to sign in'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "import" -d 'Create or update many users from a file'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "export" -d 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "sync" -d 'Reconcile the team with a roster file (the import format)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List groups (without their members), following pages to the end'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "get" -d 'Show one group, by id or displayName, with its number of members'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "create" -d 'Create a group. Its displayName must be new (compared case-insensitively)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "rename" -d 'Give a group a new displayName'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete groups. Their members keep their accounts. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "members" -d 'List a group\'s members, with the userName of each'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "add" -d 'Add users to a group (those already in it stay as they are)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "remove" -d 'Remove users from a group. Their accounts stay'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries, newest first'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from admin-token" -f -a "create" -d 'Issue an admin token and print it once on stdout'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from admin-token" -f -a "list" -d 'List the admin tokens (never their secrets)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from admin-token" -f -a "revoke" -d 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "list" -d 'List the database\'s teams, oldest first, with their SCIM toggle and number of users'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "create" -d 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "list" -d 'List the database\'s accounts, oldest first, with the number of teams each is in (invited or active)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "create" -d 'Add an account that is in no team yet. A team\'s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "token" -d 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "add" -d 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "verify" -d 'Look up the domain\'s TXT records and mark the domain verified if the team\'s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "list" -d 'List the team\'s domains, with their TXT record and when each was verified'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "remove" -d 'Remove a domain from the team. Members who joined through it stay'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "list" -d 'List the team\'s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "create" -d 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team\'s identity provider can later create the same user: the invite becomes its own instead of the create failing'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "revoke" -d 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)'
complete -c scimctl -n "__fish_scimctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "resend" -d 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent'
