//! A tiny reader for the bundled CSV files: `#` comment lines, a header row, columns looked up by name.

use std::collections::HashMap;

pub(crate) struct Table {
    pub name: &'static str,
    headers: HashMap<String, usize>,
    rows: Vec<csv::StringRecord>,
}

#[derive(Debug, thiserror::Error)]
#[error("bundled data file assets/{file}: {msg}")]
pub(crate) struct DataError {
    pub file: &'static str,
    pub msg: String,
}

impl Table {
    pub(crate) fn parse(name: &'static str, text: &str) -> Result<Table, DataError> {
        let mut rdr = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = rdr
            .headers()
            .map_err(|e| DataError {
                file: name,
                msg: e.to_string(),
            })?
            .iter()
            .enumerate()
            .map(|(i, h)| (h.trim().to_string(), i))
            .collect();
        let rows = rdr
            .records()
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| DataError {
                file: name,
                msg: e.to_string(),
            })?;
        Ok(Table {
            name,
            headers,
            rows,
        })
    }

    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    fn col(&self, col: &str) -> Result<usize, DataError> {
        self.headers
            .get(col)
            .copied()
            .ok_or_else(|| self.err(format!("missing column '{col}'")))
    }

    pub(crate) fn err(&self, msg: String) -> DataError {
        DataError {
            file: self.name,
            msg,
        }
    }

    pub(crate) fn str(&self, row: usize, col: &str) -> Result<&str, DataError> {
        let c = self.col(col)?;
        Ok(self.rows[row].get(c).unwrap_or("").trim())
    }

    pub(crate) fn f64(&self, row: usize, col: &str) -> Result<f64, DataError> {
        let s = self.str(row, col)?;
        s.parse::<f64>().map_err(|_| {
            self.err(format!(
                "row {}: column '{col}' is not a number: '{s}'",
                row + 1
            ))
        })
    }

    pub(crate) fn opt_f64(&self, row: usize, col: &str) -> Result<Option<f64>, DataError> {
        let s = self.str(row, col)?;
        if s.is_empty() {
            Ok(None)
        } else {
            self.f64(row, col).map(Some)
        }
    }
}
