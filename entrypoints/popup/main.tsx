import { render } from 'preact';

function Popup() {
  return <main>Plainly</main>;
}

render(<Popup />, document.getElementById('app')!);
