//! The one way Hashgrid writes a file: to a temporary name in the same folder, synced to disk, then renamed
//! over the target. A crash, a full disk or a cancel can leave the old file or the new one, never half of
//! either. Scenario saves, generated docs and chart exports all come through here.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A temporary name beside `path`: hidden, tagged with the process id so two processes never collide.
fn temp_beside(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| "hashgrid".into());
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

fn write_synced(tmp: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::File::create(tmp)?;
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
    /// before anything is renamed, so the one rename failure left is the folder itself vanishing meanwhile.
    pub(crate) fn commit(mut self) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
        if let Some((_, path)) = self.files.iter().find(|(_, p)| p.is_dir()) {
            let e = std::io::Error::new(std::io::ErrorKind::IsADirectory, "a folder has that name");
            return Err((path.clone(), e));
        }
        let mut done = Vec::new();
        for (tmp, path) in std::mem::take(&mut self.files) {
            if let Err(e) = std::fs::rename(&tmp, &path) {
                let _ = std::fs::remove_file(&tmp);
                return Err((path, e));
            }
            done.push(path);
        }
        Ok(done)
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        for (tmp, _) in &self.files {
            let _ = std::fs::remove_file(tmp);
        }
    }
}
