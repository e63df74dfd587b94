import './app/page.css';
import './app/dv-app.ts';
