// The baseline server: a plain Express hello-world route on the given loopback port.
import express from 'express';

const app = express();
app.get('/', (_req, res) => res.send('hello'));
app.listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('ready\n'));
