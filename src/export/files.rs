//! The one way Hashgrid writes a file: to a temporary name in the same folder, synced to disk, then renamed
//! over the target. A crash, a full disk or a cancel can leave the old file or the new one, never half of
//! either. Scenario saves, generated docs and chart exports all come through here.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A hidden name beside `path`, tagged with the process id so two processes never collide: `.name.123.tmp`.
fn beside(path: &Path, tag: &str) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| "hashgrid".into());
    dir.join(format!(".{name}.{}.{tag}", std::process::id()))
}

fn temp_beside(path: &Path) -> PathBuf {
    beside(path, "tmp")
}

/// Creates the temporary file afresh (`create_new`, so a link left at that name is never followed), removing
/// a stale one a crashed run of the same process id left behind.
fn create_fresh(tmp: &Path) -> std::io::Result<std::fs::File> {
    let open = || {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(tmp)
    };
    match open() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(tmp)?;
            open()
        }
        other => other,
    }
}

fn write_synced(tmp: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = create_fresh(tmp)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Writes `bytes` to `path` atomically (see the module doc).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = temp_beside(path);
    let result = write_synced(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Several files written together: each is staged (synced under a temporary name) by [`Staged::add`], and
/// [`Staged::commit`] renames them all into place. Dropped without a commit, it removes what it staged.
#[derive(Default)]
pub(crate) struct Staged {
    files: Vec<(PathBuf, PathBuf)>,
}

impl Staged {
    pub(crate) fn add(&mut self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let tmp = temp_beside(path);
        if let Err(e) = write_synced(&tmp, bytes) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        self.files.push((tmp, path.to_path_buf()));
        Ok(())
    }

    /// Renames every staged file into place; returns the final paths. A target that is a folder is found
    /// before anything is renamed. If a rename still fails part way (the folder vanished, a file became
    /// read-only), the files already moved are put back as they were (an existing file was set aside under
    /// a hidden name first), so the folder holds the old set or the new one, never a mix.
    pub(crate) fn commit(mut self) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
        if let Some((_, path)) = self.files.iter().find(|(_, p)| p.is_dir()) {
            let e = std::io::Error::new(std::io::ErrorKind::IsADirectory, "a folder has that name");
            return Err((path.clone(), e));
        }
        let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        for (tmp, path) in &self.files {
            if let Err(e) = replace(tmp, path, &mut done) {
                roll_back(&done);
                return Err((path.clone(), e));
            }
        }
        for (_, old) in &done {
            if let Some(old) = old {
                let _ = std::fs::remove_file(old);
            }
        }
        self.files.clear();
        Ok(done.into_iter().map(|(p, _)| p).collect())
    }
}

/// Moves `tmp` to `path`, setting an existing `path` aside first; records the move in `done`.
fn replace(
    tmp: &Path,
    path: &Path,
    done: &mut Vec<(PathBuf, Option<PathBuf>)>,
) -> std::io::Result<()> {
    let old = if std::fs::symlink_metadata(path).is_ok() {
        let aside = beside(path, "old");
        std::fs::rename(path, &aside)?;
        Some(aside)
    } else {
        None
    };
    if let Err(e) = std::fs::rename(tmp, path) {
        if let Some(aside) = &old {
            let _ = std::fs::rename(aside, path);
        }
        return Err(e);
    }
    done.push((path.to_path_buf(), old));
    Ok(())
}

/// Undoes the moves of a failed commit, last first: new files go, set-aside files come back.
fn roll_back(done: &[(PathBuf, Option<PathBuf>)]) {
    for (path, old) in done.iter().rev() {
        match old {
            Some(aside) => {
                let _ = std::fs::rename(aside, path);
            }
            None => {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        for (tmp, _) in &self.files {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rename that fails part way through a commit puts back what the earlier renames replaced.
    #[test]
    fn a_commit_that_fails_part_way_leaves_the_old_files() {
        let dir = tempfile::tempdir().unwrap();
        let keep = dir.path().join("a.csv");
        std::fs::write(&keep, "old").unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let mut staged = Staged::default();
        staged.add(&keep, b"new").unwrap();
        staged.add(&sub.join("b.csv"), b"new").unwrap();
        // The second file's folder vanishes between staging and commit: its rename fails.
        std::fs::remove_file(temp_beside(&sub.join("b.csv"))).unwrap();
        std::fs::remove_dir(&sub).unwrap();
        assert!(staged.commit().is_err());
        assert_eq!(std::fs::read_to_string(&keep).unwrap(), "old");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "only the old file is left: {names:?}");
    }
}
