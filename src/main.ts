import './app/page.css';
import './app/episodes.css';
import './app/dv-app.ts';
