
use builtin;
use str;

set edit:completion:arg-completer[scimctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'scimctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'scimctl'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Credentials of remote backends: where they are kept and whether they work'
            cand profile 'Saved profiles: which backend each names, which one is the default'
            cand sso 'Single sign-on methods of the team. SCIM needs at least one; SCIM API keys need exactly one'
            cand scim 'The team''s SCIM provisioning toggle'
            cand keys 'SCIM API keys: what the identity provider (Okta, Entra ID) presents'
            cand users 'Users of the team, over SCIM: list, look up, create, update, deactivate and reactivate. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service'
            cand groups 'Groups of the team, over SCIM: list, look up, create, rename, delete, and their members. GROUP is an id or a displayName; USER an id or a userName. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service with Groups'
            cand audit 'The team''s audit trail: every admin action and provisioning write'
            cand completions 'Print a shell completion script'
            cand serve 'Run the SCIM 2.0 service provider and the admin API'
            cand admin-token 'Manage admin tokens of a team database'
            cand teams 'The teams of a team database: list them, add one. Works on a database backend (sqlite://, postgres://); a remote backend''s teams are its operator''s'
            cand accounts 'The accounts of a team database: list them, add one (the product''s own sign-up, outside SCIM). Works on a database backend (sqlite://, postgres://); a remote backend''s accounts are its operator''s'
            cand domains 'The team''s domains: add one (prints the DNS TXT record to publish), verify it (looks the record up), list, remove. Works on a database backend (sqlite://, postgres://), and against `scimctl serve` through its admin API (the server then does the DNS lookup)'
            cand invites 'The team''s invites: list them, invite an email by hand, revoke one, send one again. On a database backend (sqlite://, postgres://) emails go through SCIMCTL_SMTP_URL when it is set, else into the outbox, and links start with SCIMCTL_PUBLIC_URL (default http://127.0.0.1:8787, where `scimctl serve` listens); against `scimctl serve` the server sends them, through its admin API'
            cand backup 'Copy a SQLite team database to FILE while `serve` may be writing to it'
            cand restore 'Put a backup made by `scimctl backup` in place of a SQLite team database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;auth'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Save a profile for a backend and store its admin token (read from stdin)'
            cand status 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected'
            cand logout 'Remove the profile''s secrets from the keyring (or the insecure file)'
            cand token 'Print the admin token in use on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;auth;login'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --with-token 'Read the admin token from stdin (never from the command line)'
            cand --insecure-storage 'Keep this profile''s secrets in a plain 0600 file instead of the OS keyring'
            cand --force 'Repoint an existing profile that names another backend (its stored secrets are removed: they belong to the old backend)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;auth;status'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;auth;logout'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;auth;token'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;auth;help'= {
            cand login 'Save a profile for a backend and store its admin token (read from stdin)'
            cand status 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected'
            cand logout 'Remove the profile''s secrets from the keyring (or the insecure file)'
            cand token 'Print the admin token in use on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;auth;help;login'= {
        }
        &'scimctl;auth;help;status'= {
        }
        &'scimctl;auth;help;logout'= {
        }
        &'scimctl;auth;help;token'= {
        }
        &'scimctl;auth;help;help'= {
        }
        &'scimctl;profile'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the profiles; the default one is marked'
            cand use 'Make a profile the default'
            cand remove 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;profile;list'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;profile;use'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;profile;remove'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;profile;help'= {
            cand list 'List the profiles; the default one is marked'
            cand use 'Make a profile the default'
            cand remove 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;profile;help;list'= {
        }
        &'scimctl;profile;help;use'= {
        }
        &'scimctl;profile;help;remove'= {
        }
        &'scimctl;profile;help;help'= {
        }
        &'scimctl;sso'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the SSO methods'
            cand add 'Add an SSO method'
            cand remove 'Remove an SSO method (by id or name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;sso;list'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;sso;add'= {
            cand --type 'Protocol of the method'
            cand --name 'A name to recognise it by (unique)'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;sso;remove'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;sso;help'= {
            cand list 'List the SSO methods'
            cand add 'Add an SSO method'
            cand remove 'Remove an SSO method (by id or name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;sso;help;list'= {
        }
        &'scimctl;sso;help;add'= {
        }
        &'scimctl;sso;help;remove'= {
        }
        &'scimctl;sso;help;help'= {
        }
        &'scimctl;scim'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show whether SCIM is on, with its prerequisites'
            cand enable 'Turn SCIM provisioning on (needs an SSO method)'
            cand disable 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;scim;status'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;scim;enable'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;scim;disable'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --revoke-keys 'Also revoke every SCIM API key'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;scim;help'= {
            cand status 'Show whether SCIM is on, with its prerequisites'
            cand enable 'Turn SCIM provisioning on (needs an SSO method)'
            cand disable 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;scim;help;status'= {
        }
        &'scimctl;scim;help;enable'= {
        }
        &'scimctl;scim;help;disable'= {
        }
        &'scimctl;scim;help;help'= {
        }
        &'scimctl;keys'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Generate a key, print it once on stdout and store it in the keyring'
            cand list 'List the team''s keys (never their secrets)'
            cand rotate 'Issue a new secret for a key; the old one keeps working for a grace window'
            cand revoke 'Revoke a key at once (and the grace window of the key it replaced)'
            cand test 'Make an authenticated SCIM call with a stored key, as an IdP''s "Test API Credentials" does'
            cand show 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;keys;generate'= {
            cand --name 'Name of the key (asked on a terminal when missing)'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --no-store 'Print the secret without storing it (for a pipeline that hands it to a secret manager)'
            cand --insecure-storage 'Store secrets of this profile in a plain 0600 file instead of the keyring (remembered)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;keys;list'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;keys;rotate'= {
            cand --grace 'How long the old secret keeps working: 0 (cut over now) up to 7d'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --force 'Rotate even while an earlier rotation''s grace window is open (ends it now)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;keys;revoke'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;keys;test'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;keys;show'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --reveal 'Print the secret itself'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;keys;help'= {
            cand generate 'Generate a key, print it once on stdout and store it in the keyring'
            cand list 'List the team''s keys (never their secrets)'
            cand rotate 'Issue a new secret for a key; the old one keeps working for a grace window'
            cand revoke 'Revoke a key at once (and the grace window of the key it replaced)'
            cand test 'Make an authenticated SCIM call with a stored key, as an IdP''s "Test API Credentials" does'
            cand show 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;keys;help;generate'= {
        }
        &'scimctl;keys;help;list'= {
        }
        &'scimctl;keys;help;rotate'= {
        }
        &'scimctl;keys;help;revoke'= {
        }
        &'scimctl;keys;help;test'= {
        }
        &'scimctl;keys;help;show'= {
        }
        &'scimctl;keys;help;help'= {
        }
        &'scimctl;users'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List users, following pages to the end (or --limit)'
            cand get 'Show one user, by id or userName (email)'
            cand create 'Create a user. New users get the role `developer` unless --role says otherwise'
            cand update 'Change a user''s first name, last name or role'
            cand deactivate 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first'
            cand reactivate 'Reactivate users: back in the team, able to sign in'
            cand import 'Create or update many users from a file'
            cand export 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)'
            cand sync 'Reconcile the team with a roster file (the import format)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;users;list'= {
            cand --filter 'A SCIM filter, e.g. ''userName sw "ann"'' or ''name.familyName eq "Lee"'''
            cand --state 'Only users whose team membership is in this state: invited (their account is in another team and has not accepted), active or deactivated'
            cand --limit 'Stop after this many users'
            cand --page-size 'Users per request [default: the most the backend allows — its ServiceProviderConfig''s filter.maxResults, at most 1000]. A backend that gives fewer answers with fewer; paging follows what arrives'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --active 'Only active users'
            cand --inactive 'Only deactivated users'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;get'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;create'= {
            cand --first 'First name'
            cand --last 'Last name'
            cand --external-id 'The IdP''s identifier for the user'
            cand --role 'Team role: admin, billing or developer [default: developer]'
            cand --if-exists 'What to do when the userName is taken'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;update'= {
            cand --first 'New first name'
            cand --last 'New last name'
            cand --role 'New team role: admin, billing or developer'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;deactivate'= {
            cand --from-file 'Also the users named in FILE, one id or userName per line (`-`: standard input); blank lines and lines starting with `#` are skipped. An offboarding list, say'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --continue-on-error 'Go on past a user that cannot be found or changed, and report each one (exit code of the first failure at the end). Without it, every user is found before anything changes, and the first failure stops the command'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;reactivate'= {
            cand --from-file 'Also the users named in FILE, one id or userName per line (`-`: standard input); blank lines and lines starting with `#` are skipped. An offboarding list, say'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --continue-on-error 'Go on past a user that cannot be found or changed, and report each one (exit code of the first failure at the end). Without it, every user is found before anything changes, and the first failure stops the command'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;import'= {
            cand --format 'Input format [default: from the file name, else csv]'
            cand --concurrency 'Rows in flight at once (the embedded database instead writes batches of 500 rows, one transaction each)'
            cand --if-exists 'What to do with a row whose user exists'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --dry-run 'Check every row and print the plan; change nothing'
            cand --continue-on-error 'Import the good rows even when some rows are bad or fail'
            cand --create-groups 'Create the groups that the groups column names and no group has (without it, such a row stops the import before anything is written)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;export'= {
            cand --page-size 'Users per request [default: the most the backend allows — its ServiceProviderConfig''s filter.maxResults, at most 1000]. A backend that gives fewer answers with fewer; paging follows what arrives'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;sync'= {
            cand --format 'Roster format [default: from the file name, else csv]'
            cand --max-changes 'Refuse a plan of more changes than this [default: 10% of the team''s active users, at least 10]'
            cand --concurrency 'Changes in flight at once'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --dry-run 'Print the plan; change nothing'
            cand --deactivate-missing 'Also deactivate active users the roster does not name'
            cand --continue-on-error 'Go on after a change fails (deactivations then run too)'
            cand --create-groups 'Create the groups that the roster''s groups column names and no group has (without it, such a roster changes nothing)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;users;help'= {
            cand list 'List users, following pages to the end (or --limit)'
            cand get 'Show one user, by id or userName (email)'
            cand create 'Create a user. New users get the role `developer` unless --role says otherwise'
            cand update 'Change a user''s first name, last name or role'
            cand deactivate 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first'
            cand reactivate 'Reactivate users: back in the team, able to sign in'
            cand import 'Create or update many users from a file'
            cand export 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)'
            cand sync 'Reconcile the team with a roster file (the import format)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;users;help;list'= {
        }
        &'scimctl;users;help;get'= {
        }
        &'scimctl;users;help;create'= {
        }
        &'scimctl;users;help;update'= {
        }
        &'scimctl;users;help;deactivate'= {
        }
        &'scimctl;users;help;reactivate'= {
        }
        &'scimctl;users;help;import'= {
        }
        &'scimctl;users;help;export'= {
        }
        &'scimctl;users;help;sync'= {
        }
        &'scimctl;users;help;help'= {
        }
        &'scimctl;groups'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List groups (without their members), following pages to the end'
            cand get 'Show one group, by id or displayName, with its number of members'
            cand create 'Create a group. Its displayName must be new (compared case-insensitively)'
            cand rename 'Give a group a new displayName'
            cand delete 'Delete groups. Their members keep their accounts. Asks first'
            cand members 'List a group''s members, with the userName of each'
            cand add 'Add users to a group (those already in it stay as they are)'
            cand remove 'Remove users from a group. Their accounts stay'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;groups;list'= {
            cand --filter 'A SCIM filter on displayName, externalId or id, e.g. ''displayName sw "eng"'''
            cand --limit 'Stop after this many groups'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;groups;get'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;groups;create'= {
            cand --external-id 'The IdP''s identifier for the group'
            cand --member 'A first member: user id or userName (repeat for more)'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;groups;rename'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;groups;delete'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;groups;members'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;groups;add'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;groups;remove'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;groups;help'= {
            cand list 'List groups (without their members), following pages to the end'
            cand get 'Show one group, by id or displayName, with its number of members'
            cand create 'Create a group. Its displayName must be new (compared case-insensitively)'
            cand rename 'Give a group a new displayName'
            cand delete 'Delete groups. Their members keep their accounts. Asks first'
            cand members 'List a group''s members, with the userName of each'
            cand add 'Add users to a group (those already in it stay as they are)'
            cand remove 'Remove users from a group. Their accounts stay'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;groups;help;list'= {
        }
        &'scimctl;groups;help;get'= {
        }
        &'scimctl;groups;help;create'= {
        }
        &'scimctl;groups;help;rename'= {
        }
        &'scimctl;groups;help;delete'= {
        }
        &'scimctl;groups;help;members'= {
        }
        &'scimctl;groups;help;add'= {
        }
        &'scimctl;groups;help;remove'= {
        }
        &'scimctl;groups;help;help'= {
        }
        &'scimctl;audit'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit entries, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;audit;list'= {
            cand --since 'Only entries at or after this time: RFC 3339 (2026-01-31T00:00:00Z) or a duration back from now (90m, 1h, 7d)'
            cand --actor 'Only entries by this actor, as the trail shows it (key:okta, admin-token:ops, local:ann)'
            cand --action 'Only this action (user.deactivate) or family of actions (user, key.*)'
            cand --limit 'At most this many entries (the newest); says so when there are more'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;audit;help'= {
            cand list 'List audit entries, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;audit;help;list'= {
        }
        &'scimctl;audit;help;help'= {
        }
        &'scimctl;completions'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;serve'= {
            cand --listen 'Address to listen on. Port 0 picks a free port (printed on stderr)'
            cand --database 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]'
            cand --public-url 'The root URL clients use, when it differs from http://<Host header> (behind a TLS-terminating proxy, say). Used in meta.location and in the links of invite emails ({public_url}/invites/{token}), which otherwise start with the listen address'
            cand --smtp-url 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox'
            cand --smtp-from 'The sender of invite emails [default: scimctl <noreply@localhost>]'
            cand --outbox 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]'
            cand --dns-server 'Verify domains (POST /admin/v1/domains/{domain}/verify) by asking this DNS server (IP:PORT, or IP for port 53) instead of the system''s resolvers'
            cand --max-body 'Largest request body in bytes'
            cand --rate-limit 'Limit each SCIM API key to N requests a second (bursts of N); over it, 429 with Retry-After. 0 = no limit'
            cand --max-scans 'Filtered listings that no index answers (they read every user) run at most N at a time; beyond, 503 with Retry-After. 0 = one per two CPU cores, at least one'
            cand --tls-cert 'Serve HTTPS with this PEM certificate chain (needs --tls-key)'
            cand --tls-key 'The PEM private key of --tls-cert'
            cand --header-timeout 'Seconds a client has to send a request''s headers (or finish the TLS handshake); idle keep-alive connections close after as long'
            cand --max-connections 'Open connections at most. At the cap, a new connection takes the slot of the oldest idle one (silent, or between requests); it is closed only when every slot is serving a request'
            cand --max-per-peer 'Connections one client IP address may hold. 0 = no share of its own (use it behind a reverse proxy, where every connection comes from the proxy)'
            cand --metrics-listen 'Serve Prometheus metrics at http://ADDR/metrics — a listener of its own, never the SCIM one, so that the SCIM port can face the identity provider while metrics stay inside'
            cand --log-format 'How log lines look on stderr: text, or one JSON object per line (time, level, request_id, method, route, status, duration_ms, team, actor) with an access line per request'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --account-api 'Serve the account API under /account/v1: a person''s own view of their account (with a token from `scimctl accounts token`), leaving a team, changing the account''s email or password — each refused (403) while a team with SCIM on holds the account'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;admin-token'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Issue an admin token and print it once on stdout'
            cand list 'List the admin tokens (never their secrets)'
            cand revoke 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;admin-token;create'= {
            cand --database 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]'
            cand --name 'A name to recognise the token by'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --json 'Print {id,name,prefix,token,created_at} as JSON instead of the bare token'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;admin-token;list'= {
            cand --database 'Team database URL to open directly [default: the profile''s backend]'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;admin-token;revoke'= {
            cand --database 'Team database URL to open directly [default: the profile''s backend]'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;admin-token;help'= {
            cand create 'Issue an admin token and print it once on stdout'
            cand list 'List the admin tokens (never their secrets)'
            cand revoke 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;admin-token;help;create'= {
        }
        &'scimctl;admin-token;help;list'= {
        }
        &'scimctl;admin-token;help;revoke'= {
        }
        &'scimctl;admin-token;help;help'= {
        }
        &'scimctl;teams'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the database''s teams, oldest first, with their SCIM toggle and number of users'
            cand create 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;teams;list'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;teams;create'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;teams;help'= {
            cand list 'List the database''s teams, oldest first, with their SCIM toggle and number of users'
            cand create 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;teams;help;list'= {
        }
        &'scimctl;teams;help;create'= {
        }
        &'scimctl;teams;help;help'= {
        }
        &'scimctl;accounts'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the database''s accounts, oldest first, with the number of teams each is in (invited or active)'
            cand create 'Add an account that is in no team yet. A team''s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")'
            cand token 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;accounts;list'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;accounts;create'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;accounts;token'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;accounts;help'= {
            cand list 'List the database''s accounts, oldest first, with the number of teams each is in (invited or active)'
            cand create 'Add an account that is in no team yet. A team''s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")'
            cand token 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;accounts;help;list'= {
        }
        &'scimctl;accounts;help;create'= {
        }
        &'scimctl;accounts;help;token'= {
        }
        &'scimctl;accounts;help;help'= {
        }
        &'scimctl;domains'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`'
            cand verify 'Look up the domain''s TXT records and mark the domain verified if the team''s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)'
            cand list 'List the team''s domains, with their TXT record and when each was verified'
            cand remove 'Remove a domain from the team. Members who joined through it stay'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;domains;add'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;domains;verify'= {
            cand --dns-server 'Ask this DNS server (IP:PORT, or IP for port 53) instead of the system''s resolvers'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;domains;list'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;domains;remove'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;domains;help'= {
            cand add 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`'
            cand verify 'Look up the domain''s TXT records and mark the domain verified if the team''s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)'
            cand list 'List the team''s domains, with their TXT record and when each was verified'
            cand remove 'Remove a domain from the team. Members who joined through it stay'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;domains;help;add'= {
        }
        &'scimctl;domains;help;verify'= {
        }
        &'scimctl;domains;help;list'= {
        }
        &'scimctl;domains;help;remove'= {
        }
        &'scimctl;domains;help;help'= {
        }
        &'scimctl;invites'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the team''s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed'
            cand create 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team''s identity provider can later create the same user: the invite becomes its own instead of the create failing'
            cand revoke 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)'
            cand resend 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;invites;list'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --all 'Also the closed ones: accepted, revoked, replaced by a resend'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;invites;create'= {
            cand --first 'Given name'
            cand --last 'Family name'
            cand --smtp-url 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox'
            cand --smtp-from 'The sender of invite emails [default: scimctl <noreply@localhost>]'
            cand --outbox 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;invites;revoke'= {
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;invites;resend'= {
            cand --smtp-url 'Send invite emails through this SMTP server: smtp://HOST:PORT (add ?tls=required for STARTTLS), smtps://HOST:PORT for TLS. A URL with a password belongs in SCIMCTL_SMTP_URL, not on the command line. Without it, invites go to the outbox'
            cand --smtp-from 'The sender of invite emails [default: scimctl <noreply@localhost>]'
            cand --outbox 'Where invite emails go without --smtp-url, one .eml file each [default: $XDG_DATA_HOME/scimctl/outbox]'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;invites;help'= {
            cand list 'List the team''s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed'
            cand create 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team''s identity provider can later create the same user: the invite becomes its own instead of the create failing'
            cand revoke 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)'
            cand resend 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;invites;help;list'= {
        }
        &'scimctl;invites;help;create'= {
        }
        &'scimctl;invites;help;revoke'= {
        }
        &'scimctl;invites;help;resend'= {
        }
        &'scimctl;invites;help;help'= {
        }
        &'scimctl;backup'= {
            cand --database 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --force 'Replace FILE if it exists'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;restore'= {
            cand --database 'Team database URL [default: sqlite://$XDG_DATA_HOME/scimctl/team.db]'
            cand --profile 'Profile to use [default: the config''s default_profile, else `local`]'
            cand --url 'Backend URL, overriding the profile''s: sqlite://PATH, postgres://…, http(s)://HOST'
            cand --team 'Team of a database backend to act on [default: default]. On a remote backend the credential picks the team'
            cand -o 'Output format of data on stdout [default: table; csv for users export]'
            cand --output 'Output format of data on stdout [default: table; csv for users export]'
            cand --ca-cert 'Also trust this PEM CA certificate (bundle) for https:// backends. Certificates are always verified; there is no way to turn that off'
            cand --max-wait 'Longest a request waits, in all, for a service''s rate limit before the command gives up (exit 7), e.g. 90s, 10m, 1h. Requests are paced to what the service advertises; a 429 waits as long as it says'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --force 'Replace a database that holds data'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt; fail with exit 3 when an answer is needed'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'scimctl;help'= {
            cand auth 'Credentials of remote backends: where they are kept and whether they work'
            cand profile 'Saved profiles: which backend each names, which one is the default'
            cand sso 'Single sign-on methods of the team. SCIM needs at least one; SCIM API keys need exactly one'
            cand scim 'The team''s SCIM provisioning toggle'
            cand keys 'SCIM API keys: what the identity provider (Okta, Entra ID) presents'
            cand users 'Users of the team, over SCIM: list, look up, create, update, deactivate and reactivate. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service'
            cand groups 'Groups of the team, over SCIM: list, look up, create, rename, delete, and their members. GROUP is an id or a displayName; USER an id or a userName. Works with `scimctl serve`, the embedded database, and any SCIM 2.0 service with Groups'
            cand audit 'The team''s audit trail: every admin action and provisioning write'
            cand completions 'Print a shell completion script'
            cand serve 'Run the SCIM 2.0 service provider and the admin API'
            cand admin-token 'Manage admin tokens of a team database'
            cand teams 'The teams of a team database: list them, add one. Works on a database backend (sqlite://, postgres://); a remote backend''s teams are its operator''s'
            cand accounts 'The accounts of a team database: list them, add one (the product''s own sign-up, outside SCIM). Works on a database backend (sqlite://, postgres://); a remote backend''s accounts are its operator''s'
            cand domains 'The team''s domains: add one (prints the DNS TXT record to publish), verify it (looks the record up), list, remove. Works on a database backend (sqlite://, postgres://), and against `scimctl serve` through its admin API (the server then does the DNS lookup)'
            cand invites 'The team''s invites: list them, invite an email by hand, revoke one, send one again. On a database backend (sqlite://, postgres://) emails go through SCIMCTL_SMTP_URL when it is set, else into the outbox, and links start with SCIMCTL_PUBLIC_URL (default http://127.0.0.1:8787, where `scimctl serve` listens); against `scimctl serve` the server sends them, through its admin API'
            cand backup 'Copy a SQLite team database to FILE while `serve` may be writing to it'
            cand restore 'Put a backup made by `scimctl backup` in place of a SQLite team database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scimctl;help;auth'= {
            cand login 'Save a profile for a backend and store its admin token (read from stdin)'
            cand status 'Show where each credential comes from and whether the backend accepts it; exit 4 when one is missing or rejected'
            cand logout 'Remove the profile''s secrets from the keyring (or the insecure file)'
            cand token 'Print the admin token in use on stdout'
        }
        &'scimctl;help;auth;login'= {
        }
        &'scimctl;help;auth;status'= {
        }
        &'scimctl;help;auth;logout'= {
        }
        &'scimctl;help;auth;token'= {
        }
        &'scimctl;help;profile'= {
            cand list 'List the profiles; the default one is marked'
            cand use 'Make a profile the default'
            cand remove 'Forget a profile and remove its secrets from the keyring (or the insecure file). Its backend and database are left as they are'
        }
        &'scimctl;help;profile;list'= {
        }
        &'scimctl;help;profile;use'= {
        }
        &'scimctl;help;profile;remove'= {
        }
        &'scimctl;help;sso'= {
            cand list 'List the SSO methods'
            cand add 'Add an SSO method'
            cand remove 'Remove an SSO method (by id or name)'
        }
        &'scimctl;help;sso;list'= {
        }
        &'scimctl;help;sso;add'= {
        }
        &'scimctl;help;sso;remove'= {
        }
        &'scimctl;help;scim'= {
            cand status 'Show whether SCIM is on, with its prerequisites'
            cand enable 'Turn SCIM provisioning on (needs an SSO method)'
            cand disable 'Turn SCIM provisioning off. Keys are kept (suspended) so that turning it back on needs no change in the identity provider. Asks first'
        }
        &'scimctl;help;scim;status'= {
        }
        &'scimctl;help;scim;enable'= {
        }
        &'scimctl;help;scim;disable'= {
        }
        &'scimctl;help;keys'= {
            cand generate 'Generate a key, print it once on stdout and store it in the keyring'
            cand list 'List the team''s keys (never their secrets)'
            cand rotate 'Issue a new secret for a key; the old one keeps working for a grace window'
            cand revoke 'Revoke a key at once (and the grace window of the key it replaced)'
            cand test 'Make an authenticated SCIM call with a stored key, as an IdP''s "Test API Credentials" does'
            cand show 'Show a stored key; with --reveal, print its secret (for pasting into the IdP)'
        }
        &'scimctl;help;keys;generate'= {
        }
        &'scimctl;help;keys;list'= {
        }
        &'scimctl;help;keys;rotate'= {
        }
        &'scimctl;help;keys;revoke'= {
        }
        &'scimctl;help;keys;test'= {
        }
        &'scimctl;help;keys;show'= {
        }
        &'scimctl;help;users'= {
            cand list 'List users, following pages to the end (or --limit)'
            cand get 'Show one user, by id or userName (email)'
            cand create 'Create a user. New users get the role `developer` unless --role says otherwise'
            cand update 'Change a user''s first name, last name or role'
            cand deactivate 'Deactivate users: removed from the team and blocked from signing in; nothing is deleted. Asks first'
            cand reactivate 'Reactivate users: back in the team, able to sign in'
            cand import 'Create or update many users from a file'
            cand export 'Write every user in the import format (`-o csv`, the default, or `-o jsonl`)'
            cand sync 'Reconcile the team with a roster file (the import format)'
        }
        &'scimctl;help;users;list'= {
        }
        &'scimctl;help;users;get'= {
        }
        &'scimctl;help;users;create'= {
        }
        &'scimctl;help;users;update'= {
        }
        &'scimctl;help;users;deactivate'= {
        }
        &'scimctl;help;users;reactivate'= {
        }
        &'scimctl;help;users;import'= {
        }
        &'scimctl;help;users;export'= {
        }
        &'scimctl;help;users;sync'= {
        }
        &'scimctl;help;groups'= {
            cand list 'List groups (without their members), following pages to the end'
            cand get 'Show one group, by id or displayName, with its number of members'
            cand create 'Create a group. Its displayName must be new (compared case-insensitively)'
            cand rename 'Give a group a new displayName'
            cand delete 'Delete groups. Their members keep their accounts. Asks first'
            cand members 'List a group''s members, with the userName of each'
            cand add 'Add users to a group (those already in it stay as they are)'
            cand remove 'Remove users from a group. Their accounts stay'
        }
        &'scimctl;help;groups;list'= {
        }
        &'scimctl;help;groups;get'= {
        }
        &'scimctl;help;groups;create'= {
        }
        &'scimctl;help;groups;rename'= {
        }
        &'scimctl;help;groups;delete'= {
        }
        &'scimctl;help;groups;members'= {
        }
        &'scimctl;help;groups;add'= {
        }
        &'scimctl;help;groups;remove'= {
        }
        &'scimctl;help;audit'= {
            cand list 'List audit entries, newest first'
        }
        &'scimctl;help;audit;list'= {
        }
        &'scimctl;help;completions'= {
        }
        &'scimctl;help;serve'= {
        }
        &'scimctl;help;admin-token'= {
            cand create 'Issue an admin token and print it once on stdout'
            cand list 'List the admin tokens (never their secrets)'
            cand revoke 'Revoke an admin token by id, prefix or name: refused from the next request on. Asks first'
        }
        &'scimctl;help;admin-token;create'= {
        }
        &'scimctl;help;admin-token;list'= {
        }
        &'scimctl;help;admin-token;revoke'= {
        }
        &'scimctl;help;teams'= {
            cand list 'List the database''s teams, oldest first, with their SCIM toggle and number of users'
            cand create 'Add a team. Its name must be new (compared case-insensitively); it starts with SCIM off and no SSO method, key, token or user'
        }
        &'scimctl;help;teams;list'= {
        }
        &'scimctl;help;teams;create'= {
        }
        &'scimctl;help;accounts'= {
            cand list 'List the database''s accounts, oldest first, with the number of teams each is in (invited or active)'
            cand create 'Add an account that is in no team yet. A team''s SCIM create for its email then invites it (docs/scim.md, "Accounts and memberships")'
            cand token 'Issue a token for the account API (`serve --account-api`) of the account with this email: printed once on stdout, only its digest kept. The person uses it as `Authorization: Bearer <token>`; an account with no active membership cannot sign in with it'
        }
        &'scimctl;help;accounts;list'= {
        }
        &'scimctl;help;accounts;create'= {
        }
        &'scimctl;help;accounts;token'= {
        }
        &'scimctl;help;domains'= {
            cand add 'Add a domain to the team and print the TXT record that proves the team owns it. Publish it at the domain itself, then run `domains verify`'
            cand verify 'Look up the domain''s TXT records and mark the domain verified if the team''s record is among them. A domain is verified for one team at a time (exit 6 when another team has it)'
            cand list 'List the team''s domains, with their TXT record and when each was verified'
            cand remove 'Remove a domain from the team. Members who joined through it stay'
        }
        &'scimctl;help;domains;add'= {
        }
        &'scimctl;help;domains;verify'= {
        }
        &'scimctl;help;domains;list'= {
        }
        &'scimctl;help;domains;remove'= {
        }
        &'scimctl;help;invites'= {
            cand list 'List the team''s open invites (pending, unsent, expired), newest first: email, state, age, who invited, and why an unsent one failed'
            cand create 'Invite an email to the team: an invited member (and an account, when there is none) and an email with a one-time link, valid 7 days. The team''s identity provider can later create the same user: the invite becomes its own instead of the create failing'
            cand revoke 'Revoke an invite: its link stops working and the membership is deactivated (nothing is deleted)'
            cand resend 'Send an invite again, with a new link valid 7 days; the old link stops working. Also for an expired invite, or one whose email could not be sent'
        }
        &'scimctl;help;invites;list'= {
        }
        &'scimctl;help;invites;create'= {
        }
        &'scimctl;help;invites;revoke'= {
        }
        &'scimctl;help;invites;resend'= {
        }
        &'scimctl;help;backup'= {
        }
        &'scimctl;help;restore'= {
        }
        &'scimctl;help;help'= {
        }
    ]
    $completions[$command]
}
