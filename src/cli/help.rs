//! clap's help in the current language. The argument structs keep their English doc comments (clap derives
//! the parser from them); this builds the same command and replaces every text a person reads (the about
//! lines, each option's help, the headings, the help and version flags) with its message in `ui.ftl`, so
//! `hashgrid --lang kk export --help` reads in Kazakh. Option names and values stay as typed.

use crate::i18n::{t, t_strs};
use clap::{Arg, ArgAction, Command, CommandFactory};

/// A subcommand's name, its about message and the help message of each of its options (option id, message id).
type SubcommandWords = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// Each subcommand's words.
const SUBCOMMANDS: &[SubcommandWords] = &[
    (
        "run",
        "cli-help-run",
        &[
            ("preset", "cli-help-preset"),
            ("set", "cli-help-set"),
            ("format", "cli-help-format"),
        ],
    ),
    (
        "export",
        "cli-help-export",
        &[
            ("preset", "cli-help-preset"),
            ("out", "cli-help-out"),
            ("format", "cli-help-export-format"),
            ("size", "cli-help-size"),
            ("set", "cli-help-set"),
            ("runs", "cli-help-export-runs"),
            ("seed", "cli-help-seed"),
        ],
    ),
    (
        "ensemble",
        "cli-help-ensemble",
        &[
            ("preset", "cli-help-preset"),
            ("runs", "cli-help-runs"),
            ("seed", "cli-help-seed"),
            ("threads", "cli-help-threads"),
            ("set", "cli-help-set"),
            ("format", "cli-help-format"),
        ],
    ),
    ("presets", "cli-help-presets", &[]),
    ("levers", "cli-help-levers", &[]),
    ("docs", "cli-help-docs", &[("out", "cli-help-docs-out")]),
];

/// The help flag, the headings and the usage line of one command, in the current language.
fn framed(c: Command) -> Command {
    c.disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t("cli-help-help")),
        )
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t("cli-help-usage")
        ))
        .next_help_heading(t("cli-help-options"))
        .subcommand_help_heading(t("cli-help-commands"))
}

/// Puts every option of `c` under the translated options heading (the derived ones were added before it),
/// writes clap's "[default: ..]" and "[possible values: ..]" notes in the current language, and the usage
/// line's placeholders too.
fn headed(mut c: Command) -> Command {
    let ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
    let heading = t("cli-help-options");
    for id in ids {
        let h = heading.clone();
        c = c.mut_arg(id, move |a| {
            let mut help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .map(|v| v.get_name().to_string())
                .collect();
            if let Some(d) = a.get_default_values().first() {
                let d = d.to_string_lossy();
                help.push_str(&format!(
                    " [{}]",
                    t_strs("cli-help-default", &[("value", &d)])
                ));
            }
            if !values.is_empty() {
                let v = values.join(", ");
                help.push_str(&format!(
                    " [{}]",
                    t_strs("cli-help-values", &[("values", &v)])
                ));
            }
            a.help_heading(h)
                .help(help)
                .hide_default_value(true)
                .hide_possible_values(true)
        });
    }
    let usage = c.render_usage().to_string();
    let usage = usage
        .trim_start_matches("Usage:")
        .trim()
        .replace("[OPTIONS]", &t("cli-help-usage-options"))
        .replace("[COMMAND]", &t("cli-help-usage-command"));
    c.override_usage(usage)
}

/// The command line as clap parses it, with its help in the current language.
pub(super) fn command() -> Command {
    let mut root = super::Cli::command()
        .about(t("cli-help-about"))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t("cli-help-version")),
        )
        .mut_arg("lang", |a| a.help(t("cli-help-lang")));
    for (name, about, args) in SUBCOMMANDS {
        root = root.mut_subcommand(*name, |c| {
            let mut c = c.about(t(about));
            for (arg, help) in *args {
                c = c.mut_arg(*arg, |a| a.help(t(help)));
            }
            framed(c)
        });
    }
    // Built first, so that each usage line can be rendered (it needs the options' value names).
    let mut root = framed(root);
    root.build();
    for (name, _, _) in SUBCOMMANDS {
        root = root.mut_subcommand(*name, headed);
    }
    headed(root)
}

/// The language named by `--lang` on the command line, read before clap parses it, so clap's help and its
/// errors can already be in that language.
pub(super) fn lang_before_parsing(args: &[std::ffi::OsString]) -> Option<crate::i18n::Lang> {
    use crate::i18n::Lang;
    let mut it = args.iter().filter_map(|a| a.to_str());
    let mut value = None;
    while let Some(a) = it.next() {
        if a == "--lang" {
            value = it.next();
        } else if let Some(v) = a.strip_prefix("--lang=") {
            value = Some(v);
        }
    }
    match value? {
        "en" => Some(Lang::En),
        "ru" => Some(Lang::Ru),
        "kk" => Some(Lang::Kk),
        _ => None,
    }
}

/// clap's commonest argument errors in the current language (an unknown option, a missing one, a value it
/// does not take); `None` for the rest, which keep clap's English.
pub(super) fn error_words(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let ctx = |k: ContextKind| match err.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    match err.kind() {
        ErrorKind::UnknownArgument => {
            ctx(ContextKind::InvalidArg).map(|a| t_strs("cli-error-unknown", &[("arg", &a)]))
        }
        ErrorKind::MissingRequiredArgument => {
            ctx(ContextKind::InvalidArg).map(|a| t_strs("cli-error-missing", &[("arg", &a)]))
        }
        ErrorKind::InvalidValue => {
            let arg = ctx(ContextKind::InvalidArg)?;
            let value = ctx(ContextKind::InvalidValue).unwrap_or_default();
            let valid = ctx(ContextKind::ValidValue).unwrap_or_default();
            Some(t_strs(
                "cli-error-value",
                &[("arg", &arg), ("value", &value), ("valid", &valid)],
            ))
        }
        _ => None,
    }
}
