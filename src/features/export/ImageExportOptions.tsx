// The image export choices: current view or whole graph, 1×/2×/4×, white or transparent background.
import type { ImageRequest } from '../../export/figure/pngFigure';

const SCALES = [1, 2, 4] as const;

export function ImageExportOptions({
  value,
  onChange,
  disabled,
}: {
  value: ImageRequest;
  onChange: (next: ImageRequest) => void;
  disabled: boolean;
}) {
  return (
    <div className="export-menu__options">
      <fieldset disabled={disabled}>
        <legend>Area</legend>
        <label>
          <input
            type="radio"
            name="export-area"
            checked={value.area === 'whole'}
            onChange={() => onChange({ ...value, area: 'whole' })}
          />{' '}
          whole graph
        </label>
        <label>
          <input
            type="radio"
            name="export-area"
            checked={value.area === 'view'}
            onChange={() => onChange({ ...value, area: 'view' })}
          />{' '}
          current view
        </label>
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>Scale</legend>
        {SCALES.map((scale) => (
          <label key={scale}>
            <input
              type="radio"
              name="export-scale"
              checked={value.scale === scale}
              onChange={() => onChange({ ...value, scale })}
            />{' '}
            {scale}×
          </label>
        ))}
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>Background</legend>
        <label>
          <input
            type="radio"
            name="export-background"
            checked={value.background === 'white'}
            onChange={() => onChange({ ...value, background: 'white' })}
          />{' '}
          white
        </label>
        <label>
          <input
            type="radio"
            name="export-background"
            checked={value.background === 'transparent'}
            onChange={() => onChange({ ...value, background: 'transparent' })}
          />{' '}
          transparent
        </label>
      </fieldset>
    </div>
  );
}
