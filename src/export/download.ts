// Hands a file to the browser as a download (an object URL on a temporary link), then frees the URL.

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a delay keeps slow browsers from losing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
