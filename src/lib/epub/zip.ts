/**
 * A ZIP archive as OCF (the EPUB container) wants it: the first entry stored, the others deflated,
 * every entry dated alike so the same book gives the same bytes. Written with Node's zlib (deflate
 * and CRC-32, native): JSZip's JavaScript deflate took ~200 ms of a ~3.5 s warm build for this
 * ~150 KB book, zlib takes a few milliseconds.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** One file of the archive. */
export interface ZipEntry {
  /** Path inside the archive ("EPUB/paper.xhtml"). */
  path: string;
  data: Uint8Array;
  /** Store without compression (OCF requires it for `mimetype`). */
  store?: boolean;
}

/** MS-DOS date and time fields of a UTC date (two-second resolution, years from 1980). */
function dosDateTime(date: Date): { time: number; day: number } {
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/** The archive of `entries`, in their order, each dated `date`. */
export function zipArchive(entries: readonly ZipEntry[], date: Date): Uint8Array<ArrayBuffer> {
  const { time, day } = dosDateTime(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    const body = entry.store ? Buffer.from(entry.data) : deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    // Fields shared by the local header (from "version needed") and the central record.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2); // flags: names are UTF-8
    common.writeUInt16LE(entry.store ? 0 : 8, 4); // method: stored or deflated
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(day, 8);
    common.writeUInt32LE(crc, 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(entry.data.length, 18);
    common.writeUInt16LE(name.length, 22);
    common.writeUInt16LE(0, 24); // no extra field
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, name, body]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    common.copy(central, 6);
    // Comment length, disk number, attributes: zero. Then where the local header starts.
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
