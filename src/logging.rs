//! Where log lines go and how they look: text for a person (the default),
//! or with `serve --log-format json` one JSON object per line for a log
//! pipeline (docs/scim.md, "Operating serve").
//!
//! The JSON lines are made here rather than by tracing-subscriber's own
//! JSON formatter so that the keys are the ones the documentation promises
//! (`time`, `level`, then the event's fields flat, not under `fields`) and
//! so that only the request span's id is carried into a line: the HTTP
//! trace span records the request URI, whose query string can hold an
//! email, and it must never reach a JSON line.

use std::fmt;

use serde_json::{Map, Value};
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, FormattedFields};
use tracing_subscriber::registry::LookupSpan;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum LogFormat {
    /// Lines for a person.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

/// Keeps the JSON writer's thread until the process ends; dropping it
/// writes out what is still queued.
pub struct Flush(#[allow(dead_code)] Option<tracing_appender::non_blocking::WorkerGuard>);

/// Install the process's logger. `-v` raises the level; `SCIMCTL_LOG`
/// (an `EnvFilter` directive list) overrides it. Access lines
/// (`scimctl::access`, one per request `serve` answers) are on at the
/// default level in JSON, from `-v` on in text.
///
/// JSON lines — one per request under load — are written by a thread of
/// their own through a buffer, so that a busy server makes a few large
/// writes rather than a system call per request on its workers. The queue
/// is not lossy: when it is full, a request waits for room rather than a
/// line being dropped.
pub fn init(verbose: u8, format: LogFormat) -> Flush {
    let default = match (verbose, format) {
        (0, LogFormat::Text) => "scimctl=info,scimctl::access=off,tower_http=warn",
        (0, LogFormat::Json) => "scimctl=info,tower_http=warn",
        (1, _) => "scimctl=info,tower_http=info",
        (2, _) => "scimctl=debug,tower_http=debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("SCIMCTL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Text => {
            builder
                .with_writer(std::io::stderr)
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
                .init();
            Flush(None)
        }
        LogFormat::Json => {
            let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
                .lossy(false)
                .finish(std::io::BufWriter::new(std::io::stderr()));
            builder
                .with_writer(writer)
                .with_ansi(false)
                .fmt_fields(JsonFields)
                .event_format(JsonLines)
                .init();
            Flush(Some(guard))
        }
    }
}

/// The span whose fields a JSON line carries (the request's id), as
/// scimctl-server's access middleware opens it.
const REQUEST_SPAN: &str = "request";
const ACCESS_TARGET: &str = "scimctl::access";

/// One JSON object per event: `time` (RFC 3339, UTC, milliseconds),
/// `level`, `target`, the fields of the request span it happened in, then
/// its own fields (`message` among them).
struct JsonLines;

impl<S, N> FormatEvent<S, N> for JsonLines
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        let meta = event.metadata();
        let mut line = Map::new();
        line.insert(
            "time".into(),
            chrono::Utc::now()
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
                .into(),
        );
        line.insert(
            "level".into(),
            meta.level().as_str().to_ascii_lowercase().into(),
        );
        line.insert("target".into(), meta.target().into());
        // (an access line names its request itself)
        let access = meta.target() == ACCESS_TARGET;
        if let Some(scope) = ctx.event_scope().filter(|_| !access) {
            for span in scope.from_root() {
                // (tower-http's trace span is also named "request", and it
                // records the URI: only scimctl's own span is taken)
                if span.name() != REQUEST_SPAN || span.metadata().target() != ACCESS_TARGET {
                    continue;
                }
                let ext = span.extensions();
                if let Some(fields) = ext.get::<FormattedFields<N>>()
                    && let Ok(Value::Object(map)) = serde_json::from_str(fields.as_str())
                {
                    line.extend(map);
                }
            }
        }
        event.record(&mut Fields(&mut line));
        let text = serde_json::to_string(&line).map_err(|_| fmt::Error)?;
        writeln!(writer, "{text}")
    }
}

/// Span fields kept as a JSON object, so that [`JsonLines`] can merge them.
struct JsonFields;

impl<'writer> FormatFields<'writer> for JsonFields {
    fn format_fields<R: tracing_subscriber::field::RecordFields>(
        &self,
        mut writer: Writer<'writer>,
        fields: R,
    ) -> fmt::Result {
        let mut map = Map::new();
        fields.record(&mut Fields(&mut map));
        let text = serde_json::to_string(&map).map_err(|_| fmt::Error)?;
        write!(writer, "{text}")
    }
}

/// Collects an event's or a span's fields with their JSON types.
struct Fields<'a>(&'a mut Map<String, Value>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0
            .insert(field.name().into(), format!("{value:?}").into());
    }
}
