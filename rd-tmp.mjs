import { checkSync } from 'recheck';
const src = process.argv[2], flags = process.argv[3] ?? '';
const r = checkSync(src, flags, { checker: 'fuzz', timeout: 20000 });
console.log(r.status, r.complexity?.type ?? '', JSON.stringify(r.attack?.string ?? '').slice(0,200), JSON.stringify(r.hotspot ?? '').slice(0,300));
