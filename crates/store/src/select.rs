//! A [`Pred`] as SQL, for SQLite and PostgreSQL: the `WHERE` clause of a
//! filtered listing, with `?` placeholders and its values in order.
//!
//! Every atom is written two-valued (a null or empty column is tested
//! first), so that `NOT` means what the evaluator's `not` means. Text is
//! compared in byte order — SQLite's BINARY collation, PostgreSQL's
//! `COLLATE "C"` — which is the order of code points the evaluator uses.
//! Nothing but placeholders and constant text goes into the statement.

use crate::sql::{Arg, Dialect};
use scimctl_core::model::TeamId;
use scimctl_core::query::{Col, IntCol, IntOp, Pred, TextOp};

/// `pred` over the rows of `team` as an SQL condition; its values are
/// appended to `args`. Every listing goes through here, so that no filter
/// reaches another team's rows.
pub fn condition(
    team: TeamId,
    pred: &Pred,
    dialect: Dialect,
    args: &mut Vec<Arg<'static>>,
) -> String {
    let mut out = String::from("team_id = ? AND ");
    args.push(Arg::Int(team));
    write(pred, dialect, args, &mut out);
    out
}

fn column(col: Col, dialect: Dialect) -> &'static str {
    match col {
        Col::Id => "id",
        Col::UserName => "user_name_lower",
        Col::ExternalId => "external_id",
        Col::DisplayName => "f_display_name",
        Col::GivenName => "f_given_name",
        Col::FamilyName => "f_family_name",
        Col::Formatted => "f_formatted",
        Col::MiddleName => "f_middle_name",
        Col::HonorificPrefix => "f_honorific_prefix",
        Col::HonorificSuffix => "f_honorific_suffix",
        Col::State => "state",
        Col::Email => match dialect {
            Dialect::Sqlite => "e.value",
            Dialect::Postgres => "e.v",
        },
    }
}

fn write(pred: &Pred, dialect: Dialect, args: &mut Vec<Arg<'static>>, out: &mut String) {
    let join =
        |ps: &[Pred], sep: &str, empty: &str, args: &mut Vec<Arg<'static>>, out: &mut String| {
            if ps.is_empty() {
                out.push_str(empty);
                return;
            }
            out.push('(');
            for (i, p) in ps.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                write(p, dialect, args, out);
            }
            out.push(')');
        };
    match pred {
        Pred::True => out.push_str("(1 = 1)"),
        Pred::False => out.push_str("(1 = 0)"),
        Pred::Not(inner) => {
            out.push_str("(NOT ");
            write(inner, dialect, args, out);
            out.push(')');
        }
        Pred::And(ps) => join(ps, " AND ", "(1 = 1)", args, out),
        Pred::Or(ps) => join(ps, " OR ", "(1 = 0)", args, out),
        Pred::Present(col) => {
            if col.nullable() {
                let c = column(*col, dialect);
                out.push_str(&format!("({c} IS NOT NULL AND {c} <> '')"));
            } else {
                out.push_str("(1 = 1)");
            }
        }
        Pred::Text(col, op, value) => {
            let c = column(*col, dialect);
            let pg = dialect == Dialect::Postgres;
            // (bound once or twice, in the order the placeholders appear)
            let (test, binds) = match op {
                TextOp::Eq => (format!("{c} = ?"), 1),
                TextOp::Co if pg => (format!("strpos({c}, ?) > 0"), 1),
                TextOp::Co => (format!("instr({c}, ?) > 0"), 1),
                TextOp::Sw if pg => (format!("starts_with({c}, ?)"), 1),
                TextOp::Sw => (format!("substr({c}, 1, length(?)) = ?"), 2),
                TextOp::Ew if pg => (format!("right({c}, length(?)) = ?"), 2),
                TextOp::Ew => (format!("substr({c}, -length(?)) = ?"), 2),
                TextOp::Gt | TextOp::Ge | TextOp::Lt | TextOp::Le => {
                    let sign = match op {
                        TextOp::Gt => ">",
                        TextOp::Ge => ">=",
                        TextOp::Lt => "<",
                        _ => "<=",
                    };
                    let collate = if pg { " COLLATE \"C\"" } else { "" };
                    (format!("{c}{collate} {sign} ?"), 1)
                }
            };
            for _ in 0..binds {
                args.push(Arg::Owned(value.clone()));
            }
            if col.nullable() {
                out.push_str(&format!("({c} IS NOT NULL AND {c} <> '' AND {test})"));
            } else {
                out.push_str(&format!("({test})"));
            }
        }
        Pred::Int(col, op, value) => {
            let c = match col {
                IntCol::Created => "created_at",
                IntCol::LastModified => "last_modified",
                IntCol::Version => "version",
            };
            let sign = match op {
                IntOp::Eq => "=",
                IntOp::Ne => "<>",
                IntOp::Gt => ">",
                IntOp::Ge => ">=",
                IntOp::Lt => "<",
                IntOp::Le => "<=",
            };
            args.push(Arg::Int(*value));
            out.push_str(&format!("({c} {sign} ?)"));
        }
        Pred::ActivePresent => out.push_str("(f_active IS NOT NULL)"),
        Pred::Active(value) => {
            args.push(Arg::Int(i64::from(*value)));
            out.push_str("(f_active IS NOT NULL AND f_active = ?)");
        }
        Pred::AnyEmail(inner) => {
            out.push_str(match dialect {
                Dialect::Sqlite => "EXISTS (SELECT 1 FROM json_each(users.f_emails) AS e WHERE ",
                Dialect::Postgres => {
                    "EXISTS (SELECT 1 FROM jsonb_array_elements_text(users.f_emails::jsonb) \
                     AS e(v) WHERE "
                }
            });
            write(inner, dialect, args, out);
            out.push(')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scimctl_core::query::plan;
    use scimctl_core::scim::filter::parse;

    fn sql(f: &str, d: Dialect) -> (String, usize) {
        let mut args = Vec::new();
        let plan = plan(&parse(f).unwrap());
        let text = condition(1, &plan.narrow, d, &mut args);
        (text, args.len())
    }

    #[test]
    fn placeholders_match_values() {
        for f in [
            r#"userName sw "a" and name.familyName ew "b""#,
            r#"emails[value co "x" or not (value gt "y")]"#,
            r#"meta.created lt "2024-01-01T00:00:00Z" and active eq true"#,
        ] {
            for d in [Dialect::Sqlite, Dialect::Postgres] {
                let (text, n) = sql(f, d);
                assert_eq!(text.matches('?').count(), n, "{f}: {text}");
            }
        }
        assert_eq!(
            sql(r#"externalId gt "b""#, Dialect::Postgres).0,
            "team_id = ? AND \
             (external_id IS NOT NULL AND external_id <> '' AND external_id COLLATE \"C\" > ?)"
        );
    }
}
