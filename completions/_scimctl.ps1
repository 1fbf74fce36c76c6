
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'scimctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'scimctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'scimctl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials of remote backends: where they are kept and whether they work')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Saved profiles: which backend each names, which one is the default')
            [CompletionResult]::new('sso', 'sso', [CompletionResultType]::ParameterValue, 'Single sign-on methods of the team. SCIM needs at least one; SCIM API keys need exactly one')
            [CompletionResult]::new('scim', 'scim', [CompletionResultType]::ParameterValue, 'The team''s SCIM provisioning toggle')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'SCIM API keys: what the identity provider (Okta, Entra ID) presents')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users of the team, over SCIM: list, look up, create, update, deactivate and reactivate. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of the team, over SCIM: list, look up, create, rename, delete, and their members. GROUP is an id or a displayName; USER an id or a userName. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service with Groups')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The team''s audit trail: every admin action and provisioning write')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the SCIM 2.0 service provider and the admin API')
            [CompletionResult]::new('admin-token', 'admin-token', [CompletionResultType]::ParameterValue, 'Manage admin tokens of a team database')
            [CompletionResult]::new('teams', 'teams', [CompletionResultType]::ParameterValue, 'The teams of a team database: list them, add one. Works on a database backend (sqlite://, postgres://); a remote backend''s teams are its operator''s')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'The accounts of a team database: list them, add one (the product''s own sign-up, outside SCIM). Works on a database backend (sqlite://, postgres://); a remote backend''s accounts are its operator''s')
            [CompletionResult]::new('domains', 'domains', [CompletionResultType]::ParameterValue, 'The team''s domains: add one (prints the DNS TXT record to publish), verify it (looks the record up), list, remove. Works on a database backend (sqlite://, postgres://), and against `scimctl serve` through its admin API (the server then does the DNS lookup)')
            [CompletionResult]::new('invites', 'invites', [CompletionResultType]::ParameterValue, 'The team''s invites: list them, invite an email by hand, revoke one, send one again. On a database backend (sqlite://, postgres://) emails go through SCIMCTL_SMTP_URL when it is set, else into the outbox, and links start with SCIMCTL_PUBLIC_URL (default http://127.0.0.1:8787, where `scimctl serve` listens); against `scimctl serve` the server sends them, through its admin API')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy a SQLite team database to FILE while `serve` may be writing to it')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup made by `scimctl backup` in place of a SQLite team database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save a profile for a backend and store its admin token (read from stdin)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s secrets from the keyring (or the insecure file)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the admin token in use on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;auth;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the admin token from stdin (never from the command line)')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Keep this profile''s secrets in a plain 0600 file instead of the OS keyring')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Repoint an existing profile that names another backend (its stored secrets are removed: they belong to the old backend)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;auth;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save a profile for a backend and store its admin token (read from stdin)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s secrets from the keyring (or the insecure file)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the admin token in use on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;auth;help;login' {
            break
        }
        'scimctl;auth;help;status' {
            break
        }
        'scimctl;auth;help;logout' {
            break
        }
        'scimctl;auth;help;token' {
            break
        }
        'scimctl;auth;help;help' {
            break
        }
        'scimctl;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles; the default one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;profile;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles; the default one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;profile;help;list' {
            break
        }
        'scimctl;profile;help;use' {
            break
        }
        'scimctl;profile;help;remove' {
            break
        }
        'scimctl;profile;help;help' {
            break
        }
        'scimctl;sso' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SSO methods')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an SSO method')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an SSO method (by id or name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;sso;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;sso;add' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Protocol of the method')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name to recognise it by (unique)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;sso;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;sso;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SSO methods')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an SSO method')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an SSO method (by id or name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;sso;help;list' {
            break
        }
        'scimctl;sso;help;add' {
            break
        }
        'scimctl;sso;help;remove' {
            break
        }
        'scimctl;sso;help;help' {
            break
        }
        'scimctl;scim' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether SCIM is on, with its prerequisites')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn SCIM provisioning on (needs an SSO method)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;scim;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;scim;enable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;scim;disable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--revoke-keys', '--revoke-keys', [CompletionResultType]::ParameterName, 'Also revoke every SCIM API key')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;scim;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether SCIM is on, with its prerequisites')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn SCIM provisioning on (needs an SSO method)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;scim;help;status' {
            break
        }
        'scimctl;scim;help;enable' {
            break
        }
        'scimctl;scim;help;disable' {
            break
        }
        'scimctl;scim;help;help' {
            break
        }
        'scimctl;keys' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a key, print it once on stdout and store it in the keyring')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s keys (never their secrets)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Issue a new secret for a key; the old one keeps working for a grace window')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key at once (and the grace window of the key it replaced)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Make an authenticated SCIM call with a stored key, as an IdP''s "Test API Credentials" does')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;keys;generate' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the key (asked on a terminal when missing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--no-store', '--no-store', [CompletionResultType]::ParameterName, 'Print the secret without storing it (for a pipeline that hands it to a secret manager)')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Store secrets of this profile in a plain 0600 file instead of the keyring (remembered)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;keys;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;keys;rotate' {
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'How long the old secret keeps working: 0 (cut over now) up to 7d')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Rotate even while an earlier rotation''s grace window is open (ends it now)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;keys;revoke' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;keys;test' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;keys;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Print the secret itself')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;keys;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a key, print it once on stdout and store it in the keyring')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s keys (never their secrets)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Issue a new secret for a key; the old one keeps working for a grace window')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key at once (and the grace window of the key it replaced)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Make an authenticated SCIM call with a stored key, as an IdP''s "Test API Credentials" does')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;keys;help;generate' {
            break
        }
        'scimctl;keys;help;list' {
            break
        }
        'scimctl;keys;help;rotate' {
            break
        }
        'scimctl;keys;help;revoke' {
            break
        }
        'scimctl;keys;help;test' {
            break
        }
        'scimctl;keys;help;show' {
            break
        }
        'scimctl;keys;help;help' {
            break
        }
        'scimctl;users' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, following pages to the end (or --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user, by id or userName (email)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user. New users get the role `developer` unless --role says otherwise')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s first name, last name or role')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate users: back in the team, able to sign in')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from a file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Reconcile the team with a roster file (the import format)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;users;list' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'A SCIM filter, e.g. ''userName sw "ann"'' or ''name.familyName eq "Lee"''')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only users whose team membership is in this state: invited (their account is in another team and has not accepted), active or deactivated')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many users')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Users per request [default: the most the backend allows — its ServiceProviderConfig''s filter.maxResults, at most 1000]. A backend that gives fewer answers with fewer; paging follows what arrives')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only active users')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Only deactivated users')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;create' {
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The IdP''s identifier for the user')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Team role: admin, billing or developer [default: developer]')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when the userName is taken')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;update' {
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'New first name')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'New last name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'New team role: admin, billing or developer')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;deactivate' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Also the users named in FILE, one id or userName per line (`-`: standard input); blank lines and lines starting with `#` are skipped. An offboarding list, say')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'Go on past a user that cannot be found or changed, and report each one (exit code of the first failure at the end). Without it, every user is found before anything changes, and the first failure stops the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;reactivate' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Also the users named in FILE, one id or userName per line (`-`: standard input); blank lines and lines starting with `#` are skipped. An offboarding list, say')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'Go on past a user that cannot be found or changed, and report each one (exit code of the first failure at the end). Without it, every user is found before anything changes, and the first failure stops the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Input format [default: from the file name, else csv]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Rows in flight at once (the embedded database instead writes batches of 500 rows, one transaction each)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do with a row whose user exists')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and print the plan; change nothing')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'Import the good rows even when some rows are bad or fail')
            [CompletionResult]::new('--create-groups', '--create-groups', [CompletionResultType]::ParameterName, 'Create the groups that the groups column names and no group has (without it, such a row stops the import before anything is written)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;export' {
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Users per request [default: the most the backend allows — its ServiceProviderConfig''s filter.maxResults, at most 1000]. A backend that gives fewer answers with fewer; paging follows what arrives')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;sync' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Roster format [default: from the file name, else csv]')
            [CompletionResult]::new('--max-changes', '--max-changes', [CompletionResultType]::ParameterName, 'Refuse a plan of more changes than this [default: 10% of the team''s active users, at least 10]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Changes in flight at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan; change nothing')
            [CompletionResult]::new('--deactivate-missing', '--deactivate-missing', [CompletionResultType]::ParameterName, 'Also deactivate active users the roster does not name')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'Go on after a change fails (deactivations then run too)')
            [CompletionResult]::new('--create-groups', '--create-groups', [CompletionResultType]::ParameterName, 'Create the groups that the roster''s groups column names and no group has (without it, such a roster changes nothing)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, following pages to the end (or --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user, by id or userName (email)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user. New users get the role `developer` unless --role says otherwise')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s first name, last name or role')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate users: back in the team, able to sign in')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from a file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Reconcile the team with a roster file (the import format)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;users;help;list' {
            break
        }
        'scimctl;users;help;get' {
            break
        }
        'scimctl;users;help;create' {
            break
        }
        'scimctl;users;help;update' {
            break
        }
        'scimctl;users;help;deactivate' {
            break
        }
        'scimctl;users;help;reactivate' {
            break
        }
        'scimctl;users;help;import' {
            break
        }
        'scimctl;users;help;export' {
            break
        }
        'scimctl;users;help;sync' {
            break
        }
        'scimctl;users;help;help' {
            break
        }
        'scimctl;groups' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups (without their members), following pages to the end')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group, by id or displayName, with its number of members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group. Its displayName must be new (compared case-insensitively)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Give a group a new displayName')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups. Their members keep their accounts. Asks first')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members, with the userName of each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users to a group (those already in it stay as they are)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove users from a group. Their accounts stay')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;groups;list' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'A SCIM filter on displayName, externalId or id, e.g. ''displayName sw "eng"''')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many groups')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;groups;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;groups;create' {
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The IdP''s identifier for the group')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'A first member: user id or userName (repeat for more)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;groups;rename' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;groups;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;groups;members' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;groups;add' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;groups;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups (without their members), following pages to the end')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group, by id or displayName, with its number of members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group. Its displayName must be new (compared case-insensitively)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Give a group a new displayName')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups. Their members keep their accounts. Asks first')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members, with the userName of each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users to a group (those already in it stay as they are)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove users from a group. Their accounts stay')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;groups;help;list' {
            break
        }
        'scimctl;groups;help;get' {
            break
        }
        'scimctl;groups;help;create' {
            break
        }
        'scimctl;groups;help;rename' {
            break
        }
        'scimctl;groups;help;delete' {
            break
        }
        'scimctl;groups;help;members' {
            break
        }
        'scimctl;groups;help;add' {
            break
        }
        'scimctl;groups;help;remove' {
            break
        }
        'scimctl;groups;help;help' {
            break
        }
        'scimctl;audit' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after this time: RFC 3339 (2026-01-31T00:00:00Z) or a duration back from now (90m, 1h, 7d)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only entries by this actor, as the trail shows it (key:okta, admin-token:ops, local:ann)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (user.deactivate) or family of actions (user, key.*)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries (the newest); says so when there are more')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;audit;help;list' {
            break
        }
        'scimctl;audit;help;help' {
            break
        }
        'scimctl;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on. Port 0 picks a free port (printed on stderr)')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The root URL clients use, when it differs from http://<Host header> (behind a TLS-terminating proxy, say). Used in meta.location and in the links of invite emails ({public_url}/invites/{token}), which otherwise start with the listen address')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox')
            [CompletionResult]::new('--smtp-from', '--smtp-from', [CompletionResultType]::ParameterName, 'The sender of invite emails [default: scimctl <noreply@localhost>]')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]')
            [CompletionResult]::new('--dns-server', '--dns-server', [CompletionResultType]::ParameterName, 'Verify domains (POST /admin/v1/domains/{domain}/verify) by asking this DNS server (IP:PORT, or IP for port 53) instead of the system''s resolvers')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Largest request body in bytes')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Limit each SCIM API key to N requests a second (bursts of N); over it, 429 with Retry-After. 0 = no limit')
            [CompletionResult]::new('--max-scans', '--max-scans', [CompletionResultType]::ParameterName, 'Filtered listings that no index answers (they read every user) run at most N at a time; beyond, 503 with Retry-After. 0 = one per two CPU cores, at least one')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this PEM certificate chain (needs --tls-key)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key of --tls-cert')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Seconds a client has to send a request''s headers (or finish the TLS handshake); idle keep-alive connections close after as long')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Open connections at most. At the cap, a new connection takes the slot of the oldest idle one (silent, or between requests); it is closed only when every slot is serving a request')
            [CompletionResult]::new('--max-per-peer', '--max-per-peer', [CompletionResultType]::ParameterName, 'Connections one client IP address may hold. 0 = no share of its own (use it behind a reverse proxy, where every connection comes from the proxy)')
            [CompletionResult]::new('--metrics-listen', '--metrics-listen', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://ADDR/metrics — a listener of its own, never the SCIM one, so that the SCIM port can face the identity provider while metrics stay inside')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look on stderr: text, or one JSON object per line (time, level, request_id, method, route, status, duration_ms, team, actor) with an access line per request')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--account-api', '--account-api', [CompletionResultType]::ParameterName, 'Serve the account API under /account/v1: a person''s own view of their account (with a token from `scimctl accounts token`), leaving a team, changing the account''s email or password — each refused (403) while a team with SCIM on holds the account')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;admin-token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Issue an admin token and print it once on stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the admin tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;admin-token;create' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name to recognise the token by')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print {id,name,prefix,token,created_at} as JSON instead of the bare token')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;admin-token;list' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Team database URL to open directly [default: the profile''s backend]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;admin-token;revoke' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Team database URL to open directly [default: the profile''s backend]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;admin-token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Issue an admin token and print it once on stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the admin tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;admin-token;help;create' {
            break
        }
        'scimctl;admin-token;help;list' {
            break
        }
        'scimctl;admin-token;help;revoke' {
            break
        }
        'scimctl;admin-token;help;help' {
            break
        }
        'scimctl;teams' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database''s teams, oldest first, with their SCIM toggle and number of users')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;teams;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;teams;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;teams;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database''s teams, oldest first, with their SCIM toggle and number of users')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;teams;help;list' {
            break
        }
        'scimctl;teams;help;create' {
            break
        }
        'scimctl;teams;help;help' {
            break
        }
        'scimctl;accounts' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database''s accounts, oldest first, with the number of teams each is in (invited or active)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add an account that is in no team yet. A team''s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;accounts;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;accounts;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;accounts;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;accounts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database''s accounts, oldest first, with the number of teams each is in (invited or active)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add an account that is in no team yet. A team''s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;accounts;help;list' {
            break
        }
        'scimctl;accounts;help;create' {
            break
        }
        'scimctl;accounts;help;token' {
            break
        }
        'scimctl;accounts;help;help' {
            break
        }
        'scimctl;domains' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Look up the domain''s TXT records and mark the domain verified if the team''s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s domains, with their TXT record and when each was verified')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a domain from the team. Members who joined through it stay')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;domains;add' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;domains;verify' {
            [CompletionResult]::new('--dns-server', '--dns-server', [CompletionResultType]::ParameterName, 'Ask this DNS server (IP:PORT, or IP for port 53) instead of the system''s resolvers')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;domains;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;domains;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;domains;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Look up the domain''s TXT records and mark the domain verified if the team''s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s domains, with their TXT record and when each was verified')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a domain from the team. Members who joined through it stay')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;domains;help;add' {
            break
        }
        'scimctl;domains;help;verify' {
            break
        }
        'scimctl;domains;help;list' {
            break
        }
        'scimctl;domains;help;remove' {
            break
        }
        'scimctl;domains;help;help' {
            break
        }
        'scimctl;invites' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team''s identity provider can later create the same user: the invite becomes its own instead of the create failing')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;invites;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also the closed ones: accepted, revoked, replaced by a resend')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;invites;create' {
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'Given name')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Family name')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox')
            [CompletionResult]::new('--smtp-from', '--smtp-from', [CompletionResultType]::ParameterName, 'The sender of invite emails [default: scimctl <noreply@localhost>]')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;invites;revoke' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;invites;resend' {
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox')
            [CompletionResult]::new('--smtp-from', '--smtp-from', [CompletionResultType]::ParameterName, 'The sender of invite emails [default: scimctl <noreply@localhost>]')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;invites;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team''s identity provider can later create the same user: the invite becomes its own instead of the create failing')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;invites;help;list' {
            break
        }
        'scimctl;invites;help;create' {
            break
        }
        'scimctl;invites;help;revoke' {
            break
        }
        'scimctl;invites;help;resend' {
            break
        }
        'scimctl;invites;help;help' {
            break
        }
        'scimctl;backup' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;restore' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [default: the config''s default_profile, else `local`]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of data on stdout [default: table; csv for users export]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a database that holds data')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 3 when an answer is needed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'scimctl;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials of remote backends: where they are kept and whether they work')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Saved profiles: which backend each names, which one is the default')
            [CompletionResult]::new('sso', 'sso', [CompletionResultType]::ParameterValue, 'Single sign-on methods of the team. SCIM needs at least one; SCIM API keys need exactly one')
            [CompletionResult]::new('scim', 'scim', [CompletionResultType]::ParameterValue, 'The team''s SCIM provisioning toggle')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'SCIM API keys: what the identity provider (Okta, Entra ID) presents')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users of the team, over SCIM: list, look up, create, update, deactivate and reactivate. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of the team, over SCIM: list, look up, create, rename, delete, and their members. GROUP is an id or a displayName; USER an id or a userName. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service with Groups')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The team''s audit trail: every admin action and provisioning write')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the SCIM 2.0 service provider and the admin API')
            [CompletionResult]::new('admin-token', 'admin-token', [CompletionResultType]::ParameterValue, 'Manage admin tokens of a team database')
            [CompletionResult]::new('teams', 'teams', [CompletionResultType]::ParameterValue, 'The teams of a team database: list them, add one. Works on a database backend (sqlite://, postgres://); a remote backend''s teams are its operator''s')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'The accounts of a team database: list them, add one (the product''s own sign-up, outside SCIM). Works on a database backend (sqlite://, postgres://); a remote backend''s accounts are its operator''s')
            [CompletionResult]::new('domains', 'domains', [CompletionResultType]::ParameterValue, 'The team''s domains: add one (prints the DNS TXT record to publish), verify it (looks the record up), list, remove. Works on a database backend (sqlite://, postgres://), and against `scimctl serve` through its admin API (the server then does the DNS lookup)')
            [CompletionResult]::new('invites', 'invites', [CompletionResultType]::ParameterValue, 'The team''s invites: list them, invite an email by hand, revoke one, send one again. On a database backend (sqlite://, postgres://) emails go through SCIMCTL_SMTP_URL when it is set, else into the outbox, and links start with SCIMCTL_PUBLIC_URL (default http://127.0.0.1:8787, where `scimctl serve` listens); against `scimctl serve` the server sends them, through its admin API')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy a SQLite team database to FILE while `serve` may be writing to it')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup made by `scimctl backup` in place of a SQLite team database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scimctl;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save a profile for a backend and store its admin token (read from stdin)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s secrets from the keyring (or the insecure file)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the admin token in use on stdout')
            break
        }
        'scimctl;help;auth;login' {
            break
        }
        'scimctl;help;auth;status' {
            break
        }
        'scimctl;help;auth;logout' {
            break
        }
        'scimctl;help;auth;token' {
            break
        }
        'scimctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles; the default one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are')
            break
        }
        'scimctl;help;profile;list' {
            break
        }
        'scimctl;help;profile;use' {
            break
        }
        'scimctl;help;profile;remove' {
            break
        }
        'scimctl;help;sso' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SSO methods')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an SSO method')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an SSO method (by id or name)')
            break
        }
        'scimctl;help;sso;list' {
            break
        }
        'scimctl;help;sso;add' {
            break
        }
        'scimctl;help;sso;remove' {
            break
        }
        'scimctl;help;scim' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether SCIM is on, with its prerequisites')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn SCIM provisioning on (needs an SSO method)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first')
            break
        }
        'scimctl;help;scim;status' {
            break
        }
        'scimctl;help;scim;enable' {
            break
        }
        'scimctl;help;scim;disable' {
            break
        }
        'scimctl;help;keys' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a key, print it once on stdout and store it in the keyring')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s keys (never their secrets)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Issue a new secret for a key; the old one keeps working for a grace window')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key at once (and the grace window of the key it replaced)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Make an authenticated SCIM call with a stored key, as an IdP''s "Test API Credentials" does')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)')
            break
        }
        'scimctl;help;keys;generate' {
            break
        }
        'scimctl;help;keys;list' {
            break
        }
        'scimctl;help;keys;rotate' {
            break
        }
        'scimctl;help;keys;revoke' {
            break
        }
        'scimctl;help;keys;test' {
            break
        }
        'scimctl;help;keys;show' {
            break
        }
        'scimctl;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, following pages to the end (or --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user, by id or userName (email)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user. New users get the role `developer` unless --role says otherwise')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s first name, last name or role')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate users: back in the team, able to sign in')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from a file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Reconcile the team with a roster file (the import format)')
            break
        }
        'scimctl;help;users;list' {
            break
        }
        'scimctl;help;users;get' {
            break
        }
        'scimctl;help;users;create' {
            break
        }
        'scimctl;help;users;update' {
            break
        }
        'scimctl;help;users;deactivate' {
            break
        }
        'scimctl;help;users;reactivate' {
            break
        }
        'scimctl;help;users;import' {
            break
        }
        'scimctl;help;users;export' {
            break
        }
        'scimctl;help;users;sync' {
            break
        }
        'scimctl;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups (without their members), following pages to the end')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group, by id or displayName, with its number of members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group. Its displayName must be new (compared case-insensitively)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Give a group a new displayName')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups. Their members keep their accounts. Asks first')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members, with the userName of each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users to a group (those already in it stay as they are)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove users from a group. Their accounts stay')
            break
        }
        'scimctl;help;groups;list' {
            break
        }
        'scimctl;help;groups;get' {
            break
        }
        'scimctl;help;groups;create' {
            break
        }
        'scimctl;help;groups;rename' {
            break
        }
        'scimctl;help;groups;delete' {
            break
        }
        'scimctl;help;groups;members' {
            break
        }
        'scimctl;help;groups;add' {
            break
        }
        'scimctl;help;groups;remove' {
            break
        }
        'scimctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            break
        }
        'scimctl;help;audit;list' {
            break
        }
        'scimctl;help;completions' {
            break
        }
        'scimctl;help;serve' {
            break
        }
        'scimctl;help;admin-token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Issue an admin token and print it once on stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the admin tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first')
            break
        }
        'scimctl;help;admin-token;create' {
            break
        }
        'scimctl;help;admin-token;list' {
            break
        }
        'scimctl;help;admin-token;revoke' {
            break
        }
        'scimctl;help;teams' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database''s teams, oldest first, with their SCIM toggle and number of users')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user')
            break
        }
        'scimctl;help;teams;list' {
            break
        }
        'scimctl;help;teams;create' {
            break
        }
        'scimctl;help;accounts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database''s accounts, oldest first, with the number of teams each is in (invited or active)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add an account that is in no team yet. A team''s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it')
            break
        }
        'scimctl;help;accounts;list' {
            break
        }
        'scimctl;help;accounts;create' {
            break
        }
        'scimctl;help;accounts;token' {
            break
        }
        'scimctl;help;domains' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Look up the domain''s TXT records and mark the domain verified if the team''s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s domains, with their TXT record and when each was verified')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a domain from the team. Members who joined through it stay')
            break
        }
        'scimctl;help;domains;add' {
            break
        }
        'scimctl;help;domains;verify' {
            break
        }
        'scimctl;help;domains;list' {
            break
        }
        'scimctl;help;domains;remove' {
            break
        }
        'scimctl;help;invites' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the team''s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team''s identity provider can later create the same user: the invite becomes its own instead of the create failing')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent')
            break
        }
        'scimctl;help;invites;list' {
            break
        }
        'scimctl;help;invites;create' {
            break
        }
        'scimctl;help;invites;revoke' {
            break
        }
        'scimctl;help;invites;resend' {
            break
        }
        'scimctl;help;backup' {
            break
        }
        'scimctl;help;restore' {
            break
        }
        'scimctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
